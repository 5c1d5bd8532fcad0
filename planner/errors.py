"""Domain errors shared by services, the CLI and the UI (no Qt here).

Errors carry a machine-readable ``code`` plus parameters; their ``message`` renders them
through the one catalog (planner.i18n) in the current language (Czech by default), so the
CLI and the GUI show the same clear text that names the field and the problem. The texts
here are English msgids marked with N_(); their Czech lives in the .po catalog.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from planner.i18n import N_, _

log = logging.getLogger(__name__)

# Field labels, used in messages so the user sees which field is wrong.
FIELD_LABELS: dict[str, str] = {
    "title": N_("Title"),
    "name": N_("Name"),
    "start": N_("Start"),
    "end": N_("End"),
    "first_day": N_("First day"),
    "last_day": N_("Last day"),
    "ico": N_("Company ID (IČO)"),
    "dic": N_("VAT ID (DIČ)"),
    "email": N_("E-mail"),
    "phone": N_("Phone"),
    "postal_code": N_("Postal code"),
    "capacity": N_("Capacity"),
    "colour": N_("Colour"),
    "code": N_("Code"),
    "fee": N_("Fee"),
    "venue": N_("Venue"),
    "series": N_("Series"),
    "parent": N_("Parent event"),
    "staff": N_("Responsible person"),
    "stall": N_("Stall"),
    "vendor": N_("Vendor"),
    "market": N_("Market"),
    "width_m": N_("Width"),
    "depth_m": N_("Depth"),
    "power_kw": N_("Power"),
    "expected_attendance": N_("Expected attendance"),
    "url": N_("Link"),
    "open": N_("Opens"),
    "close": N_("Closes"),
    "note": N_("Note"),
    "notes": N_("Notes"),
    "paid_on": N_("Paid on"),
    "status": N_("Status"),
    "zone": N_("Zone"),
    "role": N_("Role"),
    "service": N_("Service"),
    "event": N_("Event"),
    "database": N_("Database"),
    "file": N_("File"),
}

# What is wrong with a field, per code; shown after the field's label ("Název: pole je povinné.")
# or alone under the field (:func:`detail`).
MESSAGES: dict[str, str] = {
    "required": N_("this field is required."),
    "too_long": N_("the text is too long (at most {max} characters)."),
    "event_too_long": N_("an event may last at most {max_days} days (split it into parts)."),
    "end_before_start": N_("the end must be after the start."),
    "nonexistent_time": N_("this time does not exist on that day (the clocks go forward from 2:00 to 3:00)."),
    "naive_datetime": N_("the time must carry a time zone."),
    "ico_format": N_("the IČO must have 8 digits."),
    "ico_checksum": N_("IČO {value} has an invalid check digit."),
    "dic_format": N_("the DIČ must be CZ followed by 8 to 10 digits."),
    "email_format": N_("“{value}” is not a valid e-mail address."),
    "phone_format": N_("“{value}” is not a valid phone number (e.g. 553 000 111 or +48 601 234 567)."),
    "psc_format": N_("the postal code must have 5 digits (e.g. 746 01)."),
    "not_negative": N_("the value must not be negative."),
    "not_positive": N_("the value must be greater than zero."),
    "not_a_number": N_("“{value}” is not a number."),
    "colour_format": N_("the colour must look like #RRGGBB."),
    "duplicate": N_("“{value}” already exists."),
    "unknown_choice": N_("unknown value “{value}”."),
    "parent_cycle": N_("an event cannot be its own parent."),
    "in_use": N_("the record is in use ({value}); archive it instead of deleting."),
    "url_format": N_("the link must start with http:// or https://."),
    "invalid": "{value}",  # the value is the explanation (ValidationError.detail)
    "duplicate_any": N_("this value already exists."),
    "too_large": N_("the amount is too large (at most {max})."),
}

OTHER_MESSAGES: dict[str, str] = {
    "not_found": N_("{what} was not found (id {id})."),
    "stale": N_("Someone else changed this record in the meantime. Reload it and repeat your change."),
    "db_too_new": N_(
        "The database {url} has a newer schema ({found}) than this program ({expected}). Update the program; the "
        "database was not changed."
    ),
    "db_not_planner": N_("{url} is not a planner database (it holds other tables). It was not changed."),
    "db_unreachable": N_("Cannot connect to the database {url}: {reason}"),
    "db_busy": N_(
        "Another program or colleague is writing to the database; nothing was saved. Try again in a moment."
    ),
    "db_read_only": N_(
        "The database cannot be written (the file or folder is read-only, or permission is missing); nothing was "
        "saved."
    ),
    "db_disk_full": N_(
        "The disk holding the database is full; nothing was saved. Free some space and repeat the action."
    ),
    "db_corrupt": N_(
        "The database file is damaged; nothing was saved. Restore it from a backup (the backups folder)."
    ),
    "db_io": N_("The database file cannot be read or written (a disk or network error); nothing was saved."),
    "db_connection_lost": N_(
        "The connection to the database was lost; nothing was saved. Check the network and repeat the action."
    ),
    "db_duplicate": N_("A record with the same {field} already exists; nothing was saved."),
    "db_constraint": N_("The database refused the change (rule {name}); nothing was saved."),
    "db_out_of_range": N_("A number is too large for the database; nothing was saved."),
    "db_empty_file": N_(
        "{url} is an empty file, not a planner database. It was not changed; choose another file or delete the empty "
        "one and the planner creates a new database."
    ),
    "db_not_sqlite": N_("{url} is not an SQLite database file. It was not changed."),
    "db_truncated": N_(
        "The database {url} is incomplete or damaged (the file is shorter than it should be). It was not changed; "
        "restore it from a backup (the backups folder)."
    ),
    "db_foreign_app": N_("{url} belongs to another program (it is not a planner database). It was not changed."),
    "db_migration_failed": N_(
        "Upgrading the database {url} failed ({reason}); the database was left as it was before (backup: {backup})."
    ),
    "backup_failed": N_(
        "Cannot save a backup to {folder} before upgrading the database ({reason}); the database was not changed."
    ),
    "db_bad_url": N_("The database address “{url}” is not valid ({reason}). Give a file path or {supported}."),
    "db_unsupported": N_(
        "The planner does not support “{scheme}” databases ({url}). Supported: a SQLite file path or {supported}."
    ),
    "db_no_folder": N_(
        "The folder {folder} does not exist, so the database {path} can neither be opened nor created. Check the "
        "path (no folder is created, so that a typo does not split the data)."
    ),
    "db_is_folder": N_("{path} is a folder, not a database file. Give a file, e.g. {path}/planner.sqlite3."),
    "db_not_a_database": N_(
        "The file {path} is not a database (neither the planner's nor any SQLite one); it is some other kind of "
        "file. It was not changed."
    ),
}


def field_label(field: str) -> str:
    """Return the human label of a field in the current language."""
    label = FIELD_LABELS.get(field)
    return _(label) if label else field


def render(code: str, params: Mapping[str, Any], table: Mapping[str, str]) -> str:
    """Render a coded message template in the current language."""
    template = table.get(code)
    if template is None:
        return f"{code}: {dict(params)}"
    text = _(template)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        log.warning("message %s lacks parameters %s", code, params)
        return text


def field_message(error: ValidationError) -> str:
    """Return a field error as shown right under its own field: without the "Label: " prefix.

    Under PSČ, "PSČ: PSČ musí mít 5 číslic (např. 746 01)." reads "Musí mít 5 číslic (např. 746 01).":
    the label is already beside the field. The full ``error.message`` stays for the CLI and lists.
    """
    text = error.detail
    label = field_label(error.field)
    # "PSČ musí …" repeats the label once more; "IČO 12345678 nemá …" names the value and stays
    if text.startswith(f"{label} ") and text[len(label) + 1:len(label) + 2].islower():
        text = text[len(label) + 1:]
    return text[:1].upper() + text[1:]


class PlannerError(Exception):
    """Base of every error the user should see as a message, not a traceback."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message)
        self._message = message

    @property
    def message(self) -> str:
        """Return the text to show to the user."""
        return self._message or self.__class__.__name__

    def __str__(self) -> str:
        return self.message


class UsageError(PlannerError):
    """The command line itself is wrong (a value that does not parse, a missing option): exit code 2."""


class ValidationError(PlannerError):
    """Bad input in one field; names the field and the problem."""

    def __init__(self, field: str, code: str, **params: Any) -> None:
        self.field = field
        self.code = code
        self.params = params
        super().__init__()

    @property
    def detail(self) -> str:
        """Return the problem alone, without the field's label (lower case, as after "Field: ")."""
        params = {"value": "", **self.params}
        code = self.code
        if code == "duplicate" and params["value"] in ("", None):  # a key whose value we do not know
            code = "duplicate_any"
        if code == "invalid":  # the value is the explanation, already in the current language
            return str(params["value"])
        return render(code, params, MESSAGES)

    @property
    def message(self) -> str:
        return _("{field}: {problem}").format(field=field_label(self.field), problem=self.detail)


class ValidationErrors(PlannerError):
    """Several field errors at once (an editor shows them all)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        super().__init__()

    @property
    def message(self) -> str:
        return "\n".join(e.message for e in self.errors)

    @property
    def fields(self) -> dict[str, str]:
        """Return the first message for each invalid field."""
        out: dict[str, str] = {}
        for e in self.errors:
            out.setdefault(e.field, e.message)
        return out


class NotFound(PlannerError):
    """A record the caller named does not exist (any more)."""

    def __init__(self, what: str, id: object) -> None:
        self.what = what
        self.id = id
        super().__init__()

    @property
    def message(self) -> str:
        return render("not_found", {"what": self.what, "id": self.id}, OTHER_MESSAGES)


class StaleEdit(PlannerError):
    """Somebody else saved the same row first (version counter mismatch)."""

    @property
    def message(self) -> str:
        return render("stale", {}, OTHER_MESSAGES)


class ConflictError(PlannerError):
    """A rule about time or place is broken (double booking); carries explanations."""

    def __init__(self, conflicts: list[Any], message: str = "") -> None:
        self.conflicts = conflicts
        super().__init__(message)

    @property
    def message(self) -> str:
        if self._message:
            return self._message
        return "\n".join(getattr(c, "message", str(c)) for c in self.conflicts)


class DatabaseBusy(PlannerError):
    """The database stayed locked by another writer beyond the busy timeout; nothing was written."""

    @property
    def message(self) -> str:
        return render("db_busy", {}, OTHER_MESSAGES)


class _CodedError(PlannerError):
    """An error named by a code of OTHER_MESSAGES and its parameters, rendered in the UI language."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__()

    @property
    def message(self) -> str:
        return render(self.code, self.params, OTHER_MESSAGES)


class DatabaseError(_CodedError):
    """The database cannot be used: unreachable, too new, or not ours. Never modified."""


class DatabaseFault(_CodedError):
    """The database refused or failed a write for an environmental reason (read-only, disk full,
    corrupt, connection lost, a duplicate key); nothing was written. Never carries row values."""

    @property
    def message(self) -> str:
        params = dict(self.params)
        if "field" in params:
            params["field"] = field_label(str(params["field"]))
        return render(self.code, params, OTHER_MESSAGES)


class ImportFileError(PlannerError):
    """A file to import is unreadable or malformed; names the line or component."""

