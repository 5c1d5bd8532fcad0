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
    </context>
</TS>
