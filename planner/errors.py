"""Domain errors shared by services, the CLI and the UI (no Qt here).

Errors carry a machine-readable ``code`` plus parameters; :func:`message` renders
them in the current language (Czech by default) so the CLI and the GUI show the
same clear text that names the field and the problem.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

log = logging.getLogger(__name__)

_LANG = "cs"

# Field labels, used in messages so the user sees which field is wrong.
FIELD_LABELS: dict[str, dict[str, str]] = {
    "title": {"cs": "Název", "en": "Title"},
    "name": {"cs": "Název", "en": "Name"},
    "start": {"cs": "Začátek", "en": "Start"},
    "end": {"cs": "Konec", "en": "End"},
    "first_day": {"cs": "První den", "en": "First day"},
    "last_day": {"cs": "Poslední den", "en": "Last day"},
    "ico": {"cs": "IČO", "en": "Company ID (IČO)"},
    "dic": {"cs": "DIČ", "en": "VAT ID (DIČ)"},
    "email": {"cs": "E-mail", "en": "E-mail"},
    "phone": {"cs": "Telefon", "en": "Phone"},
    "postal_code": {"cs": "PSČ", "en": "Postal code"},
    "capacity": {"cs": "Kapacita", "en": "Capacity"},
    "colour": {"cs": "Barva", "en": "Colour"},
    "code": {"cs": "Označení", "en": "Code"},
    "fee": {"cs": "Poplatek", "en": "Fee"},
    "venue": {"cs": "Místo konání", "en": "Venue"},
    "series": {"cs": "Řada", "en": "Series"},
    "parent": {"cs": "Nadřazená akce", "en": "Parent event"},
    "staff": {"cs": "Odpovědná osoba", "en": "Responsible person"},
    "stall": {"cs": "Stánek", "en": "Stall"},
    "vendor": {"cs": "Prodejce", "en": "Vendor"},
    "market": {"cs": "Trh", "en": "Market"},
    "width_m": {"cs": "Šířka", "en": "Width"},
    "depth_m": {"cs": "Hloubka", "en": "Depth"},
    "power_kw": {"cs": "Příkon", "en": "Power"},
    "expected_attendance": {"cs": "Očekávaná návštěvnost", "en": "Expected attendance"},
    "url": {"cs": "Odkaz", "en": "Link"},
    "open": {"cs": "Otevřeno od", "en": "Opens"},
    "close": {"cs": "Otevřeno do", "en": "Closes"},
    "role": {"cs": "Role", "en": "Role"},
    "service": {"cs": "Služba", "en": "Service"},
    "event": {"cs": "Akce", "en": "Event"},
    "database": {"cs": "Databáze", "en": "Database"},
    "file": {"cs": "Soubor", "en": "File"},
}

# Message templates per code. {field} is the translated field label.
MESSAGES: dict[str, dict[str, str]] = {
    "required": {"cs": "{field}: pole je povinné.", "en": "{field}: this field is required."},
    "too_long": {
        "cs": "{field}: text je příliš dlouhý (nejvýše {max} znaků).",
        "en": "{field}: the text is too long (at most {max} characters).",
    },
    "event_too_long": {
        "cs": "{field}: akce smí trvat nejvýše {max_days} dní (rozdělte ji na části).",
        "en": "{field}: an event may last at most {max_days} days (split it into parts).",
    },
    "end_before_start": {
        "cs": "{field}: konec musí být po začátku.",
        "en": "{field}: the end must be after the start.",
    },
    "nonexistent_time": {
        "cs": "{field}: tento čas v ten den neexistuje (hodiny se posouvají ze 2:00 na 3:00).",
        "en": "{field}: this time does not exist on that day (the clocks go forward from 2:00 to 3:00).",
    },
    "naive_datetime": {
        "cs": "{field}: čas musí mít časové pásmo.",
        "en": "{field}: the time must carry a time zone.",
    },
    "ico_format": {
        "cs": "{field}: IČO musí mít 8 číslic.",
        "en": "{field}: the IČO must have 8 digits.",
    },
    "ico_checksum": {
        "cs": "{field}: IČO {value} nemá platný kontrolní součet.",
        "en": "{field}: IČO {value} has an invalid check digit.",
    },
    "dic_format": {
        "cs": "{field}: DIČ musí mít tvar CZ a 8 až 10 číslic.",
        "en": "{field}: the DIČ must be CZ followed by 8 to 10 digits.",
    },
    "email_format": {
        "cs": "{field}: „{value}“ není platná e-mailová adresa.",
        "en": "{field}: “{value}” is not a valid e-mail address.",
    },
    "phone_format": {
        "cs": "{field}: „{value}“ není platné telefonní číslo (např. 553 000 111 nebo +48 601 234 567).",
        "en": "{field}: “{value}” is not a valid phone number (e.g. 553 000 111 or +48 601 234 567).",
    },
    "psc_format": {
        "cs": "{field}: PSČ musí mít 5 číslic (např. 746 01).",
        "en": "{field}: the postal code must have 5 digits (e.g. 746 01).",
    },
    "not_negative": {
        "cs": "{field}: hodnota nesmí být záporná.",
        "en": "{field}: the value must not be negative.",
    },
    "not_positive": {
        "cs": "{field}: hodnota musí být větší než nula.",
        "en": "{field}: the value must be greater than zero.",
    },
    "not_a_number": {
        "cs": "{field}: „{value}“ není číslo.",
        "en": "{field}: “{value}” is not a number.",
    },
    "colour_format": {
        "cs": "{field}: barva musí mít tvar #RRGGBB.",
        "en": "{field}: the colour must look like #RRGGBB.",
    },
    "duplicate": {
        "cs": "{field}: „{value}“ už existuje.",
        "en": "{field}: “{value}” already exists.",
    },
    "unknown_choice": {
        "cs": "{field}: neznámá hodnota „{value}“.",
        "en": "{field}: unknown value “{value}”.",
    },
    "parent_cycle": {
        "cs": "{field}: akce nemůže být sama sobě nadřazená.",
        "en": "{field}: an event cannot be its own parent.",
    },
    "in_use": {
        "cs": "{field}: záznam se používá ({value}); archivujte jej místo smazání.",
        "en": "{field}: the record is in use ({value}); archive it instead of deleting.",
    },
    "url_format": {
        "cs": "{field}: odkaz musí začínat http:// nebo https://.",
        "en": "{field}: the link must start with http:// or https://.",
    },
    "invalid": {"cs": "{field}: {value}", "en": "{field}: {value}"},
    "duplicate_any": {
        "cs": "{field}: taková hodnota už existuje.",
        "en": "{field}: this value already exists.",
    },
    "too_large": {
        "cs": "{field}: částka je příliš velká (nejvýše {max}).",
        "en": "{field}: the amount is too large (at most {max}).",
    },
}

OTHER_MESSAGES: dict[str, dict[str, str]] = {
    "not_found": {"cs": "{what} nebyl nalezen (id {id}).", "en": "{what} was not found (id {id})."},
    "stale": {
        "cs": "Záznam mezitím změnil někdo jiný. Načtěte jej znovu a změnu zopakujte.",
        "en": "Someone else changed this record in the meantime. Reload it and repeat your change.",
    },
    "db_too_new": {
        "cs": "Databáze {url} má novější verzi schématu ({found}) než tento program ({expected}). "
        "Aktualizujte program; databáze nebyla změněna.",
        "en": "The database {url} has a newer schema ({found}) than this program ({expected}). "
        "Update the program; the database was not changed.",
    },
    "db_not_planner": {
        "cs": "{url} není databáze plánovače (obsahuje cizí tabulky). Databáze nebyla změněna.",
        "en": "{url} is not a planner database (it holds other tables). It was not changed.",
    },
    "db_unreachable": {
        "cs": "K databázi {url} se nelze připojit: {reason}",
        "en": "Cannot connect to the database {url}: {reason}",
    },
    "db_busy": {
        "cs": "Databázi právě zapisuje jiný program nebo kolega; nic se neuložilo. Zkuste akci za chvíli znovu.",
        "en": "Another program or colleague is writing to the database; nothing was saved. Try again in a moment.",
    },
    "db_read_only": {
        "cs": "Do databáze nelze zapisovat (soubor nebo složka je jen pro čtení, nebo chybí oprávnění); "
        "nic se neuložilo.",
        "en": "The database cannot be written (the file or folder is read-only, or permission is missing); "
        "nothing was saved.",
    },
    "db_disk_full": {
        "cs": "Na disku s databází došlo místo; nic se neuložilo. Uvolněte místo a akci zopakujte.",
        "en": "The disk holding the database is full; nothing was saved. Free some space and repeat the action.",
    },
    "db_corrupt": {
        "cs": "Databázový soubor je poškozený; nic se neuložilo. Obnovte jej ze zálohy (složka backups).",
        "en": "The database file is damaged; nothing was saved. Restore it from a backup (the backups folder).",
    },
    "db_io": {
        "cs": "Databázový soubor nelze přečíst ani zapsat (chyba disku nebo sítě); nic se neuložilo.",
        "en": "The database file cannot be read or written (a disk or network error); nothing was saved.",
    },
    "db_connection_lost": {
        "cs": "Spojení s databází se přerušilo; nic se neuložilo. Zkontrolujte síť a akci zopakujte.",
        "en": "The connection to the database was lost; nothing was saved. Check the network and repeat the action.",
    },
    "db_duplicate": {
        "cs": "Záznam se stejnou hodnotou pole {field} už existuje; nic se neuložilo.",
        "en": "A record with the same {field} already exists; nothing was saved.",
    },
    "db_constraint": {
        "cs": "Databáze změnu odmítla (pravidlo {name}); nic se neuložilo.",
        "en": "The database refused the change (rule {name}); nothing was saved.",
    },
    "db_out_of_range": {
        "cs": "Číslo je pro databázi příliš velké; nic se neuložilo.",
        "en": "A number is too large for the database; nothing was saved.",
    },
    "db_empty_file": {
        "cs": "{url} je prázdný soubor, ne databáze plánovače. Soubor nebyl změněn; zvolte jiný soubor "
        "nebo prázdný soubor smažte a plánovač založí novou databázi.",
        "en": "{url} is an empty file, not a planner database. It was not changed; choose another file "
        "or delete the empty one and the planner creates a new database.",
    },
    "db_not_sqlite": {
        "cs": "{url} není databázový soubor SQLite. Soubor nebyl změněn.",
        "en": "{url} is not an SQLite database file. It was not changed.",
    },
    "db_truncated": {
        "cs": "Databáze {url} je neúplná nebo poškozená (soubor je kratší, než má být). Soubor nebyl změněn; "
        "obnovte jej ze zálohy (složka backups).",
        "en": "The database {url} is incomplete or damaged (the file is shorter than it should be). It was not "
        "changed; restore it from a backup (the backups folder).",
    },
    "db_foreign_app": {
        "cs": "{url} patří jinému programu (není to databáze plánovače). Soubor nebyl změněn.",
        "en": "{url} belongs to another program (it is not a planner database). It was not changed.",
    },
    "db_migration_failed": {
        "cs": "Aktualizace databáze {url} se nepodařila ({reason}); databáze zůstala ve stavu před "
        "aktualizací (záloha: {backup}).",
        "en": "Upgrading the database {url} failed ({reason}); the database was left as it was before "
        "(backup: {backup}).",
    },
    "backup_failed": {
        "cs": "Před aktualizací databáze nelze uložit zálohu do {folder} ({reason}); databáze nebyla změněna.",
        "en": "Cannot save a backup to {folder} before upgrading the database ({reason}); the database was not "
        "changed.",
    },
    "db_bad_url": {
        "cs": "Adresa databáze „{url}“ není platná ({reason}). Zadejte cestu k souboru nebo {supported}.",
        "en": "The database address “{url}” is not valid ({reason}). Give a file path or {supported}.",
    },
    "db_unsupported": {
        "cs": "Databázi „{scheme}“ ({url}) plánovač nepodporuje. Podporované: cesta k souboru SQLite nebo {supported}.",
        "en": "The planner does not support “{scheme}” databases ({url}). Supported: a SQLite file path or "
        "{supported}.",
    },
    "db_no_folder": {
        "cs": "Složka {folder} neexistuje, databázi {path} v ní nelze otevřít ani založit. Zkontrolujte cestu "
        "(nová složka se nezakládá, aby překlep nerozdělil data).",
        "en": "The folder {folder} does not exist, so the database {path} can neither be opened nor created. "
        "Check the path (no folder is created, so that a typo does not split the data).",
    },
    "db_is_folder": {
        "cs": "{path} je složka, ne databázový soubor. Zadejte soubor, např. {path}/planner.sqlite3.",
        "en": "{path} is a folder, not a database file. Give a file, e.g. {path}/planner.sqlite3.",
    },
    "db_not_a_database": {
        "cs": "Soubor {path} není databáze (ani plánovače, ani jiná SQLite); je to jiný druh souboru. "
        "Soubor nebyl změněn.",
        "en": "The file {path} is not a database (neither the planner's nor any SQLite one); it is some other "
        "kind of file. It was not changed.",
    },
}


def set_language(lang: str) -> None:
    """Choose the language of error messages ("cs" or "en")."""
    global _LANG
    _LANG = "en" if lang.startswith("en") else "cs"


def language() -> str:
    """Return the current message language."""
    return _LANG


def t(cs: str, en: str) -> str:
    """Return the Czech or the English text by the current language (messages built with values)."""
    return cs if _LANG == "cs" else en


def field_label(field: str) -> str:
    """Return the human label of a field in the current language."""
    labels = FIELD_LABELS.get(field)
    return labels[_LANG] if labels else field


def render(code: str, params: Mapping[str, Any], table: Mapping[str, Mapping[str, str]]) -> str:
    """Render a coded message template in the current language."""
    template = table.get(code, {}).get(_LANG)
    if template is None:
        return f"{code}: {dict(params)}"
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        log.warning("message %s lacks parameters %s", code, params)
        return template


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
    def message(self) -> str:
        params = {"value": "", **self.params, "field": field_label(self.field)}
        code = self.code
        if code == "duplicate" and params["value"] in ("", None):  # a key whose value we do not know
            code = "duplicate_any"
        return render(code, params, MESSAGES)


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


class DatabaseError(PlannerError):
    """The database cannot be used: unreachable, too new, or not ours. Never modified."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__()

    @property
    def message(self) -> str:
        return render(self.code, self.params, OTHER_MESSAGES)


class DatabaseFault(PlannerError):
    """The database refused or failed a write for an environmental reason (read-only, disk full,
    corrupt, connection lost, a duplicate key); nothing was written. Never carries row values."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__()

    @property
    def message(self) -> str:
        params = dict(self.params)
        if "field" in params:
            params["field"] = field_label(str(params["field"]))
        return render(self.code, params, OTHER_MESSAGES)


class ImportFileError(PlannerError):
    """A file to import is unreadable or malformed; names the line or component."""


def field_message(error: ValidationError) -> str:
    """Return a field error as shown right under its own field: without the "Label: " prefix.

    Under PSČ, "PSČ: PSČ musí mít 5 číslic (např. 746 01)." reads "Musí mít 5 číslic (např. 746 01).":
    the label is already beside the field. The full ``error.message`` stays for the CLI and lists.
    """
    text = error.message
    label = field_label(error.field)
    if text.startswith(f"{label}: "):
        text = text[len(label) + 2:]
        # "PSČ musí …" repeats the label once more; "IČO 12345678 nemá …" names the value and stays
        if text.startswith(f"{label} ") and text[len(label) + 1:len(label) + 2].islower():
            text = text[len(label) + 1:]
    return text[:1].upper() + text[1:]
