"""Market planning: stall map, applications and bookings, opening hours and fees."""
