<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cs_CZ">
<context>
    <name>ExcelExportDialog</name>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="54" />
        <location filename="../../ui/excel/export_dialog.py" line="220" />
        <source>Export to Excel</source>
        <translation>Export do Excelu</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="60" />
        <source>Programme of a festival edition or series</source>
        <translation>Program ročníku festivalu nebo řady</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="61" />
        <source>Events in a period</source>
        <translation>Akce v období</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="62" />
        <source>Venues with number of events</source>
        <translation>Místa konání s počtem akcí</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="63" />
        <source>Vendors and suppliers</source>
        <translation>Prodejci a dodavatelé</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="64" />
        <source>Market stall plan</source>
        <translation>Plán stánků trhu</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="69" />
        <source>(none – use the series)</source>
        <translation>(žádný – podle řady)</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="73" />
        <location filename="../../ui/excel/export_dialog.py" line="77" />
        <source>(all)</source>
        <translation>(všechny)</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="81" />
        <source>(anyone)</source>
        <translation>(kdokoli)</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="94" />
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="96" />
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="110" />
        <source>Only public events</source>
        <translation>Jen veřejné akce</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="111" />
        <source>Include cancelled events</source>
        <translation>Včetně zrušených akcí</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="112" />
        <source>Include archived records</source>
        <translation>Včetně archivovaných záznamů</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="115" />
        <source>Report:</source>
        <translation>Sestava:</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="117" />
        <source>Festival edition:</source>
        <translation>Ročník festivalu:</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="118" />
        <source>Series:</source>
        <translation>Řada:</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="119" />
        <source>Venue:</source>
        <translation>Místo konání:</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="120" />
        <source>Responsible:</source>
        <translation>Odpovědná osoba:</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="121" />
        <source>Market:</source>
        <translation>Trh:</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="122" />
        <source>Period:</source>
        <translation>Období:</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="131" />
        <source>Export…</source>
        <translation>Exportovat…</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="178" />
        <source>Choose a festival edition or a series for the programme.</source>
        <translation>Pro program vyberte ročník festivalu nebo řadu.</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="180" />
        <source>The last day is before the first day.</source>
        <translation>Poslední den je před prvním dnem.</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="192" />
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="192" />
        <source>events</source>
        <translation>akce</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="192" />
        <source>venues</source>
        <translation>mista-konani</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="193" />
        <source>vendors</source>
        <translation>prodejci</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="193" />
        <source>market</source>
        <translation>trh</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="204" />
        <source>Save Excel report</source>
        <translation>Uložit sestavu Excelu</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="205" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sešit Excelu (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="217" />
        <source>Writing the Excel report…</source>
        <translation>Zapisuji sestavu do Excelu…</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="218" />
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="243" />
        <source>Cannot write %1: %2</source>
        <translation>Soubor %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <location filename="../../ui/excel/export_dialog.py" line="248" />
        <source>Excel report saved: %1 (rows: %2)</source>
        <translation>Sestava uložena: %1 (řádků: %2)</translation>
    </message>
</context>
<context>
    <name>ExcelMenu</name>
    <message>
        <location filename="../../ui/excel/__init__.py" line="20" />
        <source>&amp;Excel report…</source>
        <translation>&amp;Sestava do Excelu…</translation>
    </message>
    <message>
        <location filename="../../ui/excel/__init__.py" line="22" />
        <source>&amp;Vendors from Excel…</source>
        <translation>&amp;Prodejci z Excelu…</translation>
    </message>
    <message>
        <location filename="../../ui/excel/__init__.py" line="25" />
        <source>&amp;Programme from Excel…</source>
        <translation>P&amp;rogram z Excelu…</translation>
    </message>
</context>
<context>
    <name>ExcelProgress</name>
    <message>
        <location filename="../../ui/excel/background.py" line="50" />
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../../ui/excel/background.py" line="51" />
        <source>Reading the spreadsheet</source>
        <translation>Načítání tabulky</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="277" />
        <source>Reading %1…</source>
        <translation>Načítá se %1…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="1"/>
        <source>Import from %1</source>
        <translation>Import z %1</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="114" />
        <source>Import vendors from Excel</source>
        <translation>Import prodejců z Excelu</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="115" />
        <source>Import programme from Excel</source>
        <translation>Import programu z Excelu</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="117" />
        <source>File %1, sheet “%2”, header in row %3, %4 data rows.</source>
        <translation>Soubor %1, list „%2“, záhlaví na řádku %3, datových řádků: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="130" />
        <source>Festival edition:</source>
        <translation>Ročník festivalu:</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="131" />
        <source>Which column holds which field? Columns were guessed from their headers.</source>
        <translation>Který sloupec obsahuje které pole? Sloupce jsou odhadnuté podle záhlaví.</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="138" />
        <source>(not imported)</source>
        <translation>(neimportovat)</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="168" />
        <source>Save rejected rows…</source>
        <translation>Uložit odmítnuté řádky…</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="179" />
        <source>&lt; Back</source>
        <translation>&lt; Zpět</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="180" />
        <source>Preview &gt;</source>
        <translation>Náhled &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="181" />
        <source>Import</source>
        <translation>Importovat</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="212" />
        <source>Each column can be mapped to one field only.</source>
        <translation>Každý sloupec lze přiřadit jen jednomu poli.</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="219" />
        <source>Choose the festival edition the programme belongs to.</source>
        <translation>Vyberte ročník festivalu, ke kterému program patří.</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="228" />
        <source>New: %1, updated: %2, unchanged: %3, rejected: %4.</source>
        <translation>Nových: %1, změněných: %2, beze změny: %3, odmítnutých: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="232" />
        <source>Nothing can be imported until the rejected rows are fixed in the file (or left out); save them to see why.</source>
        <translation>Dokud odmítnuté řádky v souboru neopravíte (nebo nevynecháte), nelze nic importovat; uložte si je i s důvody.</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="252" />
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Importováno: nových %1, změněných %2.</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="260" />
        <source>rejected</source>
        <translation>odmítnuté</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="261" />
        <source>Save rejected rows</source>
        <translation>Uložit odmítnuté řádky</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="262" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sešit Excelu (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="268" />
        <source>Cannot write %1: %2</source>
        <translation>Soubor %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="274" />
        <source>Open spreadsheet</source>
        <translation>Otevřít tabulku</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="275" />
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Sešit Excelu (*.xlsx);;Všechny soubory (*)</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="70" />
        <source>new</source>
        <translation>nový</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="70" />
        <source>updated</source>
        <translation>změněný</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="70" />
        <source>unchanged</source>
        <translation>beze změny</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="71" />
        <source>rejected</source>
        <translation>odmítnuto</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="89" />
        <source>Changes: %1</source>
        <translation>Změny: %1</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="101" />
        <source>Row</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="101" />
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="101" />
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <location filename="../../ui/excel/import_dialog.py" line="101" />
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
</context>
</TS>