"""Live workshops in the window: Share Live…, Join…, the status chip, avatars, colleagues' selections, activity."""
