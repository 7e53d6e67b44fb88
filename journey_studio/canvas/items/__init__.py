"""canvas/items"""
