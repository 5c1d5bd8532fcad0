"""Qt Widgets user interface: a thin skin over planner.services."""
