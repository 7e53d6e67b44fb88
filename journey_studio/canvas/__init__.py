"""Drawing the map: scene, view and items. Knows Qt, knows nothing of files."""
