<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cs_CZ">
<context>
    <name>IcalExportDialog</name>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="59" />
        <location filename="../../ui/ical/export_dialog.py" line="172" />
        <source>Export to iCalendar</source>
        <translation>Export do iCalendar</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="64" />
        <source>All series</source>
        <translation>Všechny řady</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="68" />
        <source>All venues</source>
        <translation>Všechna místa</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="72" />
        <source>Everyone</source>
        <translation>Všichni</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="76" />
        <source>Only events from</source>
        <translation>Jen akce od</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="88" />
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="92" />
        <source>Public events only</source>
        <translation>Jen veřejné akce</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="93" />
        <source>Include cancelled events (so that subscribers remove them)</source>
        <translation>Včetně zrušených akcí (aby je odběratelé odstranili)</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="94" />
        <source>Include internal notes and staff e-mail addresses</source>
        <translation>Včetně interních poznámek a e-mailů pracovníků</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="95" />
        <source>Only for files that stay inside the office.</source>
        <translation>Jen pro soubory, které zůstanou na odboru.</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="98" />
        <source>Browse…</source>
        <translation>Procházet…</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="111" />
        <source>Series:</source>
        <translation>Řada:</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="112" />
        <source>Venue:</source>
        <translation>Místo konání:</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="113" />
        <source>Responsible person:</source>
        <translation>Odpovědná osoba:</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="114" />
        <source>Dates:</source>
        <translation>Termín:</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="118" />
        <source>File:</source>
        <translation>Soubor:</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="122" />
        <source>Export</source>
        <translation>Exportovat</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="124" />
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="168" />
        <source>Events to export: %1</source>
        <translation>Akcí k exportu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="173" />
        <source>iCalendar files (*.ics)</source>
        <translation>Soubory iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="188" />
        <source>The last day is before the first one.</source>
        <translation>Poslední den je před prvním.</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="192" />
        <source>Choose the file to write.</source>
        <translation>Zvolte soubor, do kterého se má zapsat.</translation>
    </message>
    <message>
        <location filename="../../ui/ical/export_dialog.py" line="195" />
        <source>The folder %1 does not exist.</source>
        <translation>Složka %1 neexistuje.</translation>
    </message>
</context>
<context>
    <name>IcalFeature</name>
    <message>
        <location filename="../../ui/ical/__init__.py" line="67" />
        <location filename="../../ui/ical/__init__.py" line="70" />
        <source>iCalendar (.ics)…</source>
        <translation>iCalendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/ical/__init__.py" line="73" />
        <source>Publish calendar feeds</source>
        <translation>Zveřejnit kalendáře k odběru</translation>
    </message>
    <message>
        <location filename="../../ui/ical/__init__.py" line="76" />
        <source>Calendar feed settings…</source>
        <translation>Nastavení kalendářů k odběru…</translation>
    </message>
    <message>
        <location filename="../../ui/ical/__init__.py" line="104" />
        <source>Exported to %1 (events: %2).</source>
        <translation>Exportováno do %1 (akcí: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/ical/__init__.py" line="107" />
        <location filename="../../ui/ical/__init__.py" line="161" />
        <source>Import from iCalendar</source>
        <translation>Import z iCalendar</translation>
    </message>
    <message>
        <location filename="../../ui/ical/__init__.py" line="108" />
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Soubory iCalendar (*.ics *.ical *.ifb);;Všechny soubory (*)</translation>
    </message>
    <message>
        <location filename="../../ui/ical/__init__.py" line="123" />
        <source>Import of %1</source>
        <translation>Import souboru %1</translation>
    </message>
    <message>
        <location filename="../../ui/ical/__init__.py" line="125" />
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Importováno: nových %1, aktualizovaných %2.</translation>
    </message>
    <message>
        <location filename="../../ui/ical/__init__.py" line="158" />
        <source>Reading %1…</source>
        <translation>Čtu %1…</translation>
    </message>
    <message>
        <location filename="../../ui/ical/__init__.py" line="158" />
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../../ui/ical/__init__.py" line="173" />
        <source>Import cancelled; nothing was written.</source>
        <translation>Import zrušen; nic nebylo zapsáno.</translation>
    </message>
    <message>
        <location filename="../../ui/ical/__init__.py" line="199" />
        <source>Published to %1 (calendars: %2).</source>
        <translation>Zveřejněno do %1 (kalendářů: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/ical/__init__.py" line="242" />
        <location filename="../../ui/ical/__init__.py" line="244" />
        <source>Publishing the calendar feeds failed: %1</source>
        <translation>Zveřejnění kalendářů selhalo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ical/__init__.py" line="246" />
        <source>Calendar feeds updated.</source>
        <translation>Kalendáře k odběru byly aktualizovány.</translation>
    </message>
</context>
<context>
    <name>IcalImportDialog</name>
    <message>
        <location filename="../../ui/ical/import_dialog.py" line="111" />
        <source>Import from iCalendar</source>
        <translation>Import z iCalendar</translation>
    </message>
    <message>
        <location filename="../../ui/ical/import_dialog.py" line="117" />
        <source>File: %1</source>
        <translation>Soubor: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ical/import_dialog.py" line="118" />
        <source>New: %1 · Updated: %2 · Unchanged: %3 · Skipped: %4</source>
        <translation>Nové: %1 · Aktualizované: %2 · Beze změny: %3 · Přeskočené: %4</translation>
    </message>
    <message>
        <location filename="../../ui/ical/import_dialog.py" line="130" />
        <source>nothing can be imported; the reasons are below.</source>
        <translation>nelze importovat nic; důvody jsou níže.</translation>
    </message>
    <message>
        <location filename="../../ui/ical/import_dialog.py" line="153" />
        <source>Import (%1)</source>
        <translation>Importovat (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/ical/import_dialog.py" line="154" />
        <source>Nothing to import</source>
        <translation>Není co importovat</translation>
    </message>
    <message>
        <location filename="../../ui/ical/import_dialog.py" line="156" />
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../../ui/ical/import_dialog.py" line="170" />
        <source>line %1</source>
        <translation>řádek %1</translation>
    </message>
    <message>
        <location filename="../../ui/ical/import_dialog.py" line="172" />
        <source>skipped: %1</source>
        <translation>přeskočeno: %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/ical/import_dialog.py" line="57" />
        <source>New</source>
        <translation>Nová</translation>
    </message>
    <message>
        <location filename="../../ui/ical/import_dialog.py" line="57" />
        <source>Updated</source>
        <translation>Aktualizovaná</translation>
    </message>
    <message>
        <location filename="../../ui/ical/import_dialog.py" line="58" />
        <source>Unchanged</source>
        <translation>Beze změny</translation>
    </message>
    <message>
        <location filename="../../ui/ical/import_dialog.py" line="58" />
        <source>Skipped</source>
        <translation>Přeskočená</translation>
    </message>
    <message>
        <location filename="../../ui/ical/import_dialog.py" line="70" />
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <location filename="../../ui/ical/import_dialog.py" line="70" />
        <source>Start</source>
        <translation>Začátek</translation>
    </message>
    <message>
        <location filename="../../ui/ical/import_dialog.py" line="70" />
        <source>Title</source>
        <translation>Název</translation>
    </message>
    <message>
        <location filename="../../ui/ical/import_dialog.py" line="70" />
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <location filename="../../ui/ical/import_dialog.py" line="90" />
        <source>line %1: %2</source>
        <translation>řádek %1: %2</translation>
    </message>
</context>
<context>
    <name>PublishSettingsDialog</name>
    <message>
        <location filename="../../ui/ical/publish_dialog.py" line="29" />
        <source>Calendar feeds</source>
        <translation>Kalendáře k odběru</translation>
    </message>
    <message>
        <location filename="../../ui/ical/publish_dialog.py" line="32" />
        <source>e.g. a folder served by the web server</source>
        <translation>např. složka, kterou zveřejňuje webový server</translation>
    </message>
    <message>
        <location filename="../../ui/ical/publish_dialog.py" line="33" />
        <source>Browse…</source>
        <translation>Procházet…</translation>
    </message>
    <message>
        <location filename="../../ui/ical/publish_dialog.py" line="38" />
        <source>Publish automatically after each change</source>
        <translation>Zveřejňovat automaticky po každé změně</translation>
    </message>
    <message>
        <location filename="../../ui/ical/publish_dialog.py" line="40" />
        <source>The folder gets public/ (confirmed public events, for everybody) and internal/ (all events with internal notes, for staff only). Colleagues subscribe in Outlook to the web address of a file: Add calendar &gt; From internet.</source>
        <translation>Do složky se zapíše public/ (potvrzené veřejné akce, pro všechny) a internal/ (všechny akce s interními poznámkami, jen pro zaměstnance). Kolegové si v Outlooku přihlásí odběr webové adresy souboru: Přidat kalendář &gt; Z internetu.</translation>
    </message>
    <message>
        <location filename="../../ui/ical/publish_dialog.py" line="47" />
        <source>Folder:</source>
        <translation>Složka:</translation>
    </message>
    <message>
        <location filename="../../ui/ical/publish_dialog.py" line="50" />
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <location filename="../../ui/ical/publish_dialog.py" line="51" />
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../../ui/ical/publish_dialog.py" line="74" />
        <source>Folder for calendar feeds</source>
        <translation>Složka pro kalendáře k odběru</translation>
    </message>
    <message>
        <location filename="../../ui/ical/publish_dialog.py" line="83" />
        <source>Choose an existing folder.</source>
        <translation>Zvolte existující složku.</translation>
    </message>
</context>
</TS>