"""The one painter: draws a :class:`~journey_studio.layout.MapLayout` on any :class:`Surface`.

Screen (through ``canvas.qt_surface``), PNG, clipboard, PowerPoint pictures, SVG and PDF all
draw through these functions, so no output can drift from another. No Qt here.
"""
