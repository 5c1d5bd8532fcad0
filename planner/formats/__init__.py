"""File formats read and written: iCalendar, Excel (export and import), DOCX, web pages, mail, feeds; no Qt, DTOs in and out."""
