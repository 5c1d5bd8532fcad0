"""Import vendors and festival programme items from a spreadsheet (.xlsx), all or nothing.

The steps mirror what the GUI shows: :func:`read_sheet` finds the header row and
the data (or raises ImportFileError naming the problem), :func:`guess_mapping`
maps columns to fields by their Czech or English headers, ``preview_*`` validates
every row with the editor's validators and matches it to existing records (new /
updated / unchanged / rejected with a reason naming the row and column), and
:func:`apply_import` writes all accepted rows through the services in ONE
transaction, only when no row was rejected. Rejected rows can be saved as .xlsx.

The package's modules follow those steps: ``sheet`` (reading, fields, mapping), ``rows``
(row results and cell parsing), ``vendors`` and ``programme`` (the previews), ``write``
(apply, rejected rows, import_file). Callers import from here.
"""

from planner.formats.xlsx_import.sheet import (
    DEFAULT_DURATION,
    FIELDS,
    FieldSpec,
    PROGRAMME_FIELDS,
    Sheet,
    VENDOR_FIELDS,
    guess_mapping,
    read_sheet,
)
from planner.formats.xlsx_import.rows import (
    ImportPreview,
    NEW,
    REJECTED,
    RowResult,
    UNCHANGED,
    UPDATED,
)
from planner.formats.xlsx_import.vendors import (
    preview_vendors,
)
from planner.formats.xlsx_import.programme import (
    preview_programme,
)
from planner.formats.xlsx_import.write import (
    ImportCollision,
    ImportRejected,
    ImportStale,
    apply_import,
    import_file,
    write_rejected,
)

__all__ = [
    "DEFAULT_DURATION",
    "FIELDS",
    "FieldSpec",
    "ImportCollision",
    "ImportPreview",
    "ImportRejected",
    "ImportStale",
    "NEW",
    "PROGRAMME_FIELDS",
    "REJECTED",
    "RowResult",
    "Sheet",
    "UNCHANGED",
    "UPDATED",
    "VENDOR_FIELDS",
    "apply_import",
    "guess_mapping",
    "import_file",
    "preview_programme",
    "preview_vendors",
    "read_sheet",
    "write_rejected",
]
