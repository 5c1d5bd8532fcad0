<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
    <context>
        <name>CalendarPage</name>
        <message>
            <source>Go to date (Ctrl+G): type 24.12.2026 or 24.12. and press Enter</source>
            <translation>Přejít na datum (Ctrl+G): napište 24.12.2026 nebo 24.12. a stiskněte Enter</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Další</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Předchozí</translation>
        </message>
        <message>
            <source>Work week</source>
            <translation>Pracovní týden</translation>
        </message>
        <message>
            <source>Mon–Fri</source>
            <translation>Po–Pá</translation>
        </message>
        <message>
            <source>Previous period (Page Up)</source>
            <translation>Předchozí období (Page Up)</translation>
        </message>
        <message>
            <source>Next period (Page Down)</source>
            <translation>Další období (Page Down)</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Choose a date</source>
            <translation>Vybrat datum</translation>
        </message>
        <message>
            <source>Not a date: type it like 24.12.2026</source>
            <translation>Toto není datum: napište jej např. 24.12.2026</translation>
        </message>
        <message>
            <source>Type a date like 24.12.2026, 24.12. or 24.12.26 (Alt+Down opens a calendar)</source>
            <translation>Napište datum, např. 24.12.2026, 24.12. nebo 24.12.26 (Alt+šipka dolů otevře kalendář)</translation>
        </message>
    </context>
    <context>
        <name>CalendarMenu</name>
        <message>
            <source>&amp;Go to date…</source>
            <translation>&amp;Přejít na datum…</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Dnes</translation>
        </message>
    </context>
    <context>
        <name>EventsFeature</name>
        <message>
            <source>Create an event on the date shown in the calendar</source>
            <translation>Vytvořit akci v datu zobrazeném v kalendáři</translation>
        </message>
        <message>
            <source>&amp;Find events…</source>
            <translation>&amp;Najít akce…</translation>
        </message>
        <message>
            <source>Search all events of any date by title, venue, performer or notes</source>
            <translation>Hledat ve všech akcích libovolného data podle názvu, místa, účinkujícího nebo poznámek</translation>
        </message>
    </context>
    <context>
        <name>PrintPreviewDialog</name>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Od:</translation>
        </message>
        <message>
            <source>&amp;Hours:</source>
            <translation>&amp;Hodiny:</translation>
        </message>
        <message>
            <source>&amp;Print:</source>
            <translation>&amp;Tisknout:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Do:</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>Nelze zapsat %1.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Nelze zapsat %1: %2</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zavřít</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Den</translation>
        </message>
        <message>
            <source>Fit the hours on one page</source>
            <translation>Hodiny přizpůsobit jedné stránce</translation>
        </message>
        <message>
            <source>List of events (agenda)</source>
            <translation>Seznam akcí (přehled)</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Měsíc</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>&amp;Tisk…</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumenty PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Náhled tisku</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Uložit jako P&amp;DF…</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Uložit jako PDF</translation>
        </message>
        <message>
            <source>Vendor list</source>
            <translation>Seznam prodejců</translation>
        </message>
        <message>
            <source>Venue list</source>
            <translation>Seznam míst konání</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Týden</translation>
        </message>
        <message>
            <source>Work week</source>
            <translation>Pracovní týden</translation>
        </message>
        <message>
            <source>calendar.pdf</source>
            <translation>kalendář.pdf</translation>
        </message>
        <message>
            <source>Event card</source>
            <translation>Karta akce</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Address</source>
            <translation>Adresa</translation>
        </message>
        <message>
            <source>Agenda %1</source>
            <translation>Přehled %1</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Kapacita</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Company ID</source>
            <translation>IČO</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktní osoba</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Druh</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Prodejce</translation>
        </message>
        <message>
            <source>Vendors</source>
            <translation>Prodejci</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Místo konání</translation>
        </message>
        <message>
            <source>Venues</source>
            <translation>Místa konání</translation>
        </message>
        <message>
            <source>Week %1</source>
            <translation>Týden %1</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kdy</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stav</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Řada</translation>
        </message>
        <message>
            <source>Part of</source>
            <translation>Součást akce</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Odpovídá</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Veřejná</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ano</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ne</translation>
        </message>
        <message>
            <source>Expected attendance</source>
            <translation>Očekávaná návštěvnost</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Vstupenky</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>Webová stránka</translation>
        </message>
        <message>
            <source>Performers</source>
            <translation>Účinkující</translation>
        </message>
        <message>
            <source>Performer</source>
            <translation>Účinkující</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Honorář</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Popis</translation>
        </message>
        <message>
            <source>Internal notes</source>
            <translation>Interní poznámky</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message numerus="yes">
            <source>%n event(s) found</source>
            <translation>
                <numerusform>Nalezena %n akce</numerusform>
                <numerusform>Nalezeny %n akce</numerusform>
                <numerusform>Nalezeno %n akcí</numerusform>
            </translation>
        </message>
        <message>
            <source>Find events</source>
            <translation>Najít akce</translation>
        </message>
        <message>
            <source>Title, venue, performer, notes…</source>
            <translation>Název, místo, účinkující, poznámky…</translation>
        </message>
    </context>
    <context>
        <name>SearchResultModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Akce</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Řada</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Čas</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Místo</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Discard the changes you made?</source>
            <translation>Zahodit provedené změny?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Neuložené změny</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Zahodit změny</translation>
        </message>
        <message>
            <source>Back to editing</source>
            <translation>Zpět k úpravám</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ano</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Ne</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Save anyway</source>
            <translation>Přesto uložit</translation>
        </message>
        <message>
            <source>Back to editing</source>
            <translation>Zpět k úpravám</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <source>No events in this period.</source>
            <translation>V tomto období nejsou žádné akce.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Database: %1</source>
            <translation>Databáze: %1</translation>
        </message>
        <message>
            <source>in memory</source>
            <translation>v paměti</translation>
        </message>
    </context>
</TS>
