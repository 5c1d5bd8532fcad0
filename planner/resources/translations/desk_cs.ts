<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
    <context>
        <name>CalendarPage</name>
        <message>
            <source>Go to date (Ctrl+G): type 24.12.2026 or 24.12. and press Enter</source>
            <translation>Přejít na datum (Ctrl+G): napište 24.12.2026 nebo 24.12. a stiskněte Enter</translation>
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
</TS>
