<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cs_CZ">
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../ui/events/conflicts_dock.py" line="85" />
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <location filename="../../ui/events/conflicts_dock.py" line="85" />
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <location filename="../../ui/events/conflicts_dock.py" line="85" />
        <source>Where / who</source>
        <translation>Kde / kdo</translation>
    </message>
    <message>
        <location filename="../../ui/events/conflicts_dock.py" line="85" />
        <source>Clashing events</source>
        <translation>Akce v konfliktu</translation>
    </message>
    <message>
        <location filename="../../ui/events/conflicts_dock.py" line="89" />
        <source>Venue</source>
        <translation>Místo konání</translation>
    </message>
    <message>
        <location filename="../../ui/events/conflicts_dock.py" line="90" />
        <source>Performer</source>
        <translation>Účinkující</translation>
    </message>
    <message>
        <location filename="../../ui/events/conflicts_dock.py" line="91" />
        <source>Stall</source>
        <translation>Stánek</translation>
    </message>
    <message>
        <location filename="../../ui/events/conflicts_dock.py" line="108" />
        <source>“%1” × “%2”</source>
        <translation>„%1“ × „%2“</translation>
    </message>
</context>
<context>
    <name>ConflictsDock</name>
    <message>
        <location filename="../../ui/events/conflicts_dock.py" line="162" />
        <source>No conflicts in the shown period.</source>
        <translation>V zobrazeném období nejsou žádné konflikty.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events/conflicts_dock.py" line="177" />
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Konflikty (%n)</numerusform><numerusform>Konflikty (%n)</numerusform><numerusform>Konflikty (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/events/conflicts_dock.py" line="177" />
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
</context>
<context>
    <name>EventCommand</name>
    <message>
        <location filename="../../ui/events/commands.py" line="44" />
        <source>Create “%1”</source>
        <translation>Vytvořit „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/events/commands.py" line="48" />
        <source>Copy “%1”</source>
        <translation>Kopírovat „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/events/commands.py" line="52" />
        <source>Edit “%1”</source>
        <translation>Upravit „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/events/commands.py" line="56" />
        <source>Move “%1”</source>
        <translation>Přesunout „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/events/commands.py" line="60" />
        <source>Change the time of “%1”</source>
        <translation>Změnit čas „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/events/commands.py" line="64" />
        <source>Delete “%1”</source>
        <translation>Smazat „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/events/commands.py" line="204" />
        <source>Move event</source>
        <translation>Přesunout akci</translation>
    </message>
    <message>
        <location filename="../../ui/events/commands.py" line="244" />
        <source>Delete event</source>
        <translation>Smazat akci</translation>
    </message>
</context>
<context>
    <name>EventController</name>
    <message>
        <location filename="../../ui/events/controller.py" line="94" />
        <source>Someone else changed “%1” while you were editing it. Save your version over theirs?</source>
        <translation>Akci „%1“ mezitím změnil někdo jiný. Uložit vaši verzi místo jeho?</translation>
    </message>
    <message>
        <location filename="../../ui/events/controller.py" line="96" />
        <source>Event changed meanwhile</source>
        <translation>Akce byla mezitím změněna</translation>
    </message>
    <message>
        <location filename="../../ui/events/controller.py" line="136" />
        <source>Copy anyway?</source>
        <translation>Přesto zkopírovat?</translation>
    </message>
    <message>
        <location filename="../../ui/events/controller.py" line="136" />
        <source>Move anyway?</source>
        <translation>Přesto přesunout?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events/controller.py" line="170" />
        <source>Delete “%1” and its %n programme item(s)?</source>
        <translation>
            <numerusform>Smazat „%1“ a její %n bod programu?</numerusform><numerusform>Smazat „%1“ a její %n body programu?</numerusform><numerusform>Smazat „%1“ a jejích %n bodů programu?</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/events/controller.py" line="172" />
        <source>Delete “%1”?</source>
        <translation>Smazat „%1“?</translation>
    </message>
    <message>
        <location filename="../../ui/events/controller.py" line="173" />
        <source>You can take it back with Edit &gt; Undo.</source>
        <translation>Vrátit to můžete příkazem Úpravy &gt; Zpět.</translation>
    </message>
    <message>
        <location filename="../../ui/events/controller.py" line="174" />
        <source>Delete event</source>
        <translation>Smazat akci</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/events/dialog.py" line="82" />
        <source>“%1” would clash:</source>
        <translation>„%1“ by byla v konfliktu:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events/dialog.py" line="86" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… a ještě %n další</numerusform><numerusform>… a ještě %n další</numerusform><numerusform>… a ještě %n dalších</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="88" />
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="254" />
        <source>New event</source>
        <translation>Nová akce</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="256" />
        <source>Edit event – %1</source>
        <translation>Upravit akci – %1</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="288" />
        <source>Event</source>
        <translation>Akce</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="289" />
        <source>Performers</source>
        <translation>Účinkující</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="290" />
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="332" />
        <source>&amp;Title:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="334" />
        <source>&amp;All-day (dates only)</source>
        <translation>&amp;Celodenní (jen data)</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="340" />
        <location filename="../../ui/events/dialog.py" line="588" />
        <source>&amp;Start:</source>
        <translation>&amp;Začátek:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="345" />
        <location filename="../../ui/events/dialog.py" line="589" />
        <source>&amp;End:</source>
        <translation>&amp;Konec:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="356" />
        <source>&amp;Category:</source>
        <translation>Dru&amp;h akce:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="362" />
        <source>Stat&amp;us:</source>
        <translation>&amp;Stav:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="366" />
        <source>Se&amp;ries:</source>
        <translation>Řa&amp;da:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="370" />
        <source>The festival edition or market this event is part of</source>
        <translation>Ročník festivalu nebo trh, jehož je akce součástí</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="371" />
        <source>&amp;Part of:</source>
        <translation>Nadřazená &amp;akce:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="375" />
        <source>&amp;Venue:</source>
        <translation>&amp;Místo konání:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="379" />
        <source>Res&amp;ponsible:</source>
        <translation>&amp;Odpovídá:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="381" />
        <source>P&amp;ublic (published in the programme and feeds)</source>
        <translation>&amp;Veřejná (zveřejní se v programu a kalendářích)</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="434" />
        <source>&amp;Add performer</source>
        <translation>Přid&amp;at účinkujícího</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="436" />
        <source>&amp;Remove</source>
        <translation>&amp;Odebrat</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="452" />
        <source>&amp;Description:</source>
        <translation>&amp;Popis:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="456" />
        <source>For the office only; never published</source>
        <translation>Jen pro úřad; nikdy se nezveřejňuje</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="457" />
        <source>Internal &amp;notes:</source>
        <translation>Interní poz&amp;námky:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="460" />
        <source>number of visitors</source>
        <translation>počet návštěvníků</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="461" />
        <source>Expected &amp;attendance:</source>
        <translation>&amp;Očekávaná návštěvnost:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="464" />
        <source>e.g. 250 Kč, students 150 Kč, TIC Opava</source>
        <translation>např. 250 Kč, studenti 150 Kč, TIC Opava</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="465" />
        <source>&amp;Tickets:</source>
        <translation>&amp;Vstupenky:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="469" />
        <source>&amp;Web page:</source>
        <translation>&amp;Webová stránka:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="513" />
        <source>(none)</source>
        <translation>(žádná)</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="588" />
        <source>First &amp;day:</source>
        <translation>&amp;První den:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="589" />
        <source>&amp;Last day:</source>
        <translation>Posl&amp;ední den:</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="671" />
        <source>Save anyway?</source>
        <translation>Přesto uložit?</translation>
    </message>
</context>
<context>
    <name>EventsFeature</name>
    <message>
        <location filename="../../ui/events/feature.py" line="108" />
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Filtry&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/events/feature.py" line="117" />
        <source>&amp;New event…</source>
        <translation>&amp;Nová akce…</translation>
    </message>
    <message>
        <location filename="../../ui/events/feature.py" line="120" />
        <source>Create an event starting at the next full hour today</source>
        <translation>Vytvořit akci od nejbližší celé hodiny dnes</translation>
    </message>
    <message>
        <location filename="../../ui/events/feature.py" line="125" />
        <source>&amp;Print calendar…</source>
        <translation>&amp;Tisk kalendáře…</translation>
    </message>
    <message>
        <location filename="../../ui/events/feature.py" line="129" />
        <source>Export calendar to P&amp;DF…</source>
        <translation>Export kalendáře do P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/events/feature.py" line="137" />
        <source>&amp;Delete event</source>
        <translation>&amp;Smazat akci</translation>
    </message>
    <message>
        <location filename="../../ui/events/feature.py" line="258" />
        <source>Select an event in the calendar first.</source>
        <translation>Nejprve v kalendáři vyberte akci.</translation>
    </message>
    <message>
        <location filename="../../ui/events/feature.py" line="269" />
        <source>month</source>
        <translation>měsíc</translation>
    </message>
    <message>
        <location filename="../../ui/events/feature.py" line="269" />
        <source>week</source>
        <translation>týden</translation>
    </message>
    <message>
        <location filename="../../ui/events/feature.py" line="269" />
        <source>day</source>
        <translation>den</translation>
    </message>
    <message>
        <location filename="../../ui/events/feature.py" line="270" />
        <source>agenda</source>
        <translation>přehled</translation>
    </message>
    <message>
        <location filename="../../ui/events/feature.py" line="270" />
        <source>venue timeline</source>
        <translation>obsazenost míst</translation>
    </message>
    <message>
        <location filename="../../ui/events/feature.py" line="274" />
        <source>Events calendar</source>
        <translation>Kalendář akcí</translation>
    </message>
    <message>
        <location filename="../../ui/events/feature.py" line="276" />
        <source>Events calendar – %1</source>
        <translation>Kalendář akcí – %1</translation>
    </message>
    <message>
        <location filename="../../ui/events/feature.py" line="303" />
        <source>Export PDF</source>
        <translation>Export do PDF</translation>
    </message>
    <message>
        <location filename="../../ui/events/feature.py" line="303" />
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/events/feature.py" line="311" />
        <source>Cannot write %1: %2</source>
        <translation>Soubor %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <location filename="../../ui/events/feature.py" line="314" />
        <source>Cannot write %1.</source>
        <translation>Soubor %1 nelze zapsat.</translation>
    </message>
    <message>
        <location filename="../../ui/events/feature.py" line="316" />
        <source>Saved %1</source>
        <translation>Uloženo: %1</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../ui/events/filter_panel.py" line="158" />
        <source>Search events…</source>
        <translation>Hledat akce…</translation>
    </message>
    <message>
        <location filename="../../ui/events/filter_panel.py" line="187" />
        <source>Clear filters</source>
        <translation>Zrušit filtry</translation>
    </message>
    <message>
        <location filename="../../ui/events/filter_panel.py" line="263" />
        <source>Series</source>
        <translation>Řady</translation>
    </message>
    <message>
        <location filename="../../ui/events/filter_panel.py" line="264" />
        <source>Category</source>
        <translation>Druh akce</translation>
    </message>
    <message>
        <location filename="../../ui/events/filter_panel.py" line="265" />
        <source>Venue</source>
        <translation>Místo konání</translation>
    </message>
    <message>
        <location filename="../../ui/events/filter_panel.py" line="266" />
        <source>Responsible</source>
        <translation>Odpovědná osoba</translation>
    </message>
    <message>
        <location filename="../../ui/events/filter_panel.py" line="267" />
        <source>Status</source>
        <translation>Stav</translation>
    </message>
</context>
<context>
    <name>PerformerTableModel</name>
    <message>
        <location filename="../../ui/events/dialog.py" line="180" />
        <source>Performer</source>
        <translation>Účinkující</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="180" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialog.py" line="180" />
        <source>Fee (CZK)</source>
        <translation>Honorář (Kč)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/events/printing.py" line="45" />
        <source>Print calendar</source>
        <translation>Tisk kalendáře</translation>
    </message>
    <message>
        <location filename="../../ui/events/printing.py" line="58" />
        <source>Cannot start printing.</source>
        <translation>Tisk nelze zahájit.</translation>
    </message>
    <message>
        <location filename="../../ui/events/printing.py" line="132" />
        <source>Printed %1</source>
        <translation>Vytištěno %1</translation>
    </message>
</context>
<context>
    <name>EventBatch</name>
    <message>
        <location filename="../../ui/events/batch.py" line="1"/>
        <source>Delete “%1”?</source>
        <translation>Smazat „%1“?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events/batch.py" line="1"/>
        <source>Delete these %n events?</source>
        <translation>
            <numerusform>Smazat tuto %n akci?</numerusform>
            <numerusform>Smazat tyto %n akce?</numerusform>
            <numerusform>Smazat těchto %n akcí?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/events/batch.py" line="1"/>
        <source>You can take it back with Edit &gt; Undo.</source>
        <translation>Vrátit to můžete příkazem Úpravy &gt; Zpět.</translation>
    </message>
    <message>
        <location filename="../../ui/events/batch.py" line="1"/>
        <source>Delete events</source>
        <translation>Smazat akce</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events/batch.py" line="1"/>
        <source>Delete %n events</source>
        <translation>
            <numerusform>Smazat %n akci</numerusform>
            <numerusform>Smazat %n akce</numerusform>
            <numerusform>Smazat %n akcí</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/events/batch.py" line="1"/>
        <source>The copied events no longer exist.</source>
        <translation>Zkopírované akce už neexistují.</translation>
    </message>
    <message>
        <location filename="../../ui/events/batch.py" line="1"/>
        <source>Paste</source>
        <translation>Vložit</translation>
    </message>
    <message>
        <location filename="../../ui/events/batch.py" line="1"/>
        <source>(no venue)</source>
        <translation>(bez místa)</translation>
    </message>
    <message>
        <location filename="../../ui/events/batch.py" line="1"/>
        <source>Move “%1” to:</source>
        <translation>Přesunout „%1“ na místo:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events/batch.py" line="1"/>
        <source>Move %n events to:</source>
        <translation>
            <numerusform>Přesunout %n akci na místo:</numerusform>
            <numerusform>Přesunout %n akce na místo:</numerusform>
            <numerusform>Přesunout %n akcí na místo:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/events/batch.py" line="1"/>
        <source>Move to venue</source>
        <translation>Přesunout na místo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events/batch.py" line="1"/>
        <source>Copy %n events</source>
        <translation>
            <numerusform>Kopírovat %n akci</numerusform>
            <numerusform>Kopírovat %n akce</numerusform>
            <numerusform>Kopírovat %n akcí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events/batch.py" line="1"/>
        <source>Move %n events</source>
        <translation>
            <numerusform>Přesunout %n akci</numerusform>
            <numerusform>Přesunout %n akce</numerusform>
            <numerusform>Přesunout %n akcí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events/batch.py" line="1"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n akce</numerusform>
            <numerusform>%n akce</numerusform>
            <numerusform>%n akcí</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/events/batch.py" line="1"/>
        <source>Copy anyway?</source>
        <translation>Přesto zkopírovat?</translation>
    </message>
    <message>
        <location filename="../../ui/events/batch.py" line="1"/>
        <source>Move anyway?</source>
        <translation>Přesto přesunout?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events/batch.py" line="1"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… a %n další</numerusform>
            <numerusform>… a %n další</numerusform>
            <numerusform>… a %n dalších</numerusform>
        </translation>
    </message>
</context>
    <context>
        <name>DetailsTab</name>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Popis:</translation>
        </message>
        <message>
            <source>&amp;Tickets:</source>
            <translation>&amp;Vstupenky:</translation>
        </message>
        <message>
            <source>&amp;Web page:</source>
            <translation>&amp;Webová stránka:</translation>
        </message>
        <message>
            <source>Expected &amp;attendance:</source>
            <translation>&amp;Očekávaná návštěvnost:</translation>
        </message>
        <message>
            <source>For the office only; never published</source>
            <translation>Jen pro úřad; nikdy se nezveřejní</translation>
        </message>
        <message>
            <source>Internal &amp;notes:</source>
            <translation>Interní poz&amp;námky:</translation>
        </message>
        <message>
            <source>e.g. 250 Kč, students 150 Kč, TIC Opava</source>
            <translation>např. 250 Kč, studenti 150 Kč, TIC Opava</translation>
        </message>
        <message>
            <source>number of visitors</source>
            <translation>počet návštěvníků</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>&amp;Delete event…</source>
            <translation>Smazat akc&amp;i…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Tisk…</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplikovat</translation>
        </message>
        <message>
            <source>Open a new event with a copy of the saved one</source>
            <translation>Otevře novou akci jako kopii uložené</translation>
        </message>
        <message>
            <source>Print the saved event's card (Ctrl+P)</source>
            <translation>Vytiskne kartu uložené akce (Ctrl+P)</translation>
        </message>
    </context>
    <context>
        <name>PerformersTab</name>
        <message>
            <source>&amp;Add performer</source>
            <translation>Přid&amp;at účinkujícího</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Odebrat</translation>
        </message>
    </context>
</TS>