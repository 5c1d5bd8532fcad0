"""File formats (iCalendar, Excel, subscription feeds); no Qt, DTOs in and out."""
