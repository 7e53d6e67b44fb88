"""Live co-editing over the Yjs ecosystem: pycrdt documents, y-websocket rooms, per-user undo.

``schema`` maps the workspace to a Y document, ``binding`` runs the editor's operations as Y
transactions and patches every change back into the workspace item by item, ``repair`` keeps
the merged map valid (host only), ``server`` and ``client`` speak the y-websocket protocol.
The libraries are used only inside this package, behind these modules.
"""
