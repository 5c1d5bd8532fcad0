<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cs_CZ">
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../ui/history/__init__.py" line="16" />
        <source>Changes</source>
        <translation>Změny</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="47" />
        <source>Events</source>
        <translation>Akce</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="48" />
        <source>Venues</source>
        <translation>Místa konání</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="49" />
        <source>Vendors</source>
        <translation>Prodejci</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="50" />
        <source>Markets</source>
        <translation>Trhy</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="51" />
        <source>Stalls</source>
        <translation>Stánky</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="52" />
        <source>Applications</source>
        <translation>Přihlášky</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="53" />
        <location filename="../../ui/history/page.py" line="97" />
        <source>Series</source>
        <translation>Řady</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="54" />
        <source>Staff</source>
        <translation>Pracovníci</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="55" />
        <source>Performers</source>
        <translation>Účinkující</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="56" />
        <source>Supplied services</source>
        <translation>Dodávky služeb</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="57" />
        <source>Releases</source>
        <translation>Vydání programu</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="58" />
        <source>Notices</source>
        <translation>Oznámení</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="59" />
        <source>Subscribers</source>
        <translation>Odběratelé</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="83" />
        <source>All changes</source>
        <translation>Všechny změny</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="83" />
        <source>Since I last looked</source>
        <translation>Od mé poslední návštěvy</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="83" />
        <source>Since a date</source>
        <translation>Ode dne</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="84" />
        <source>Changes since</source>
        <translation>Změny od</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="89" />
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="91" />
        <source>Kind of record</source>
        <translation>Druh záznamu</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="92" />
        <source>All records</source>
        <translation>Všechny záznamy</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="99" />
        <source>Search (person, operation, record…)</source>
        <translation>Hledat (osoba, operace, záznam…)</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="101" />
        <source>Export to Excel…</source>
        <translation>Export do Excelu…</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="157" />
        <source>Everyone</source>
        <translation>Všichni</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="158" />
        <source>All series</source>
        <translation>Všechny řady</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history/page.py" line="194" />
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n změna</numerusform><numerusform>%n změny</numerusform><numerusform>%n změn</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="234" />
        <source>Export changes</source>
        <translation>Export změn</translation>
    </message>
    <message>
        <location filename="../../ui/history/page.py" line="234" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/history/panel.py" line="19" />
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historie&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/history/panel.py" line="29" />
        <source>History</source>
        <translation>Historie</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../ui/history/model.py" line="31" />
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <location filename="../../ui/history/model.py" line="32" />
        <source>Who</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <location filename="../../ui/history/model.py" line="33" />
        <source>Operation</source>
        <translation>Operace</translation>
    </message>
    <message>
        <location filename="../../ui/history/model.py" line="34" />
        <source>Record</source>
        <translation>Záznam</translation>
    </message>
    <message>
        <location filename="../../ui/history/model.py" line="35" />
        <source>What changed</source>
        <translation>Co se změnilo</translation>
    </message>
</context>
</TS>