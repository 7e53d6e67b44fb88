"""What a strategist reads off a map: evidence to review, before and after, the funnel, insights.

Plain functions over the pydantic models, with no Qt: the command line, the panels and the
tests share them, and a map's answers never depend on how it is drawn.
"""
