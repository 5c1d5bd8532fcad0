"""Calendar views (month, week, day, agenda, venue timeline) sharing one base."""
