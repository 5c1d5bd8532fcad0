"""Opava event planner: calendar, venues, vendors and markets for the city's culture office."""

__version__ = "0.1.0"
