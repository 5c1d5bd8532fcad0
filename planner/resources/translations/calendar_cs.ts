<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="118"/>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="118"/>
        <source>Event</source>
        <translation>Akce</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="118"/>
        <source>Venue</source>
        <translation>Místo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="118"/>
        <source>Series</source>
        <translation>Řada</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="118"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="114"/>
        <source>today</source>
        <translation>dnes</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/calendar/page.py" line="120"/>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="121"/>
        <source>Go to today (T)</source>
        <translation>Přejít na dnešek (T)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="125"/>
        <source>Previous (Left, Page Up)</source>
        <translation>Předchozí (šipka vlevo, Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="129"/>
        <source>Next (Right, Page Down)</source>
        <translation>Další (šipka vpravo, Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="134"/>
        <source>Go to date</source>
        <translation>Přejít na datum</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="148"/>
        <source>Month</source>
        <translation>Měsíc</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="148"/>
        <source>Week</source>
        <translation>Týden</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="148"/>
        <source>Day</source>
        <translation>Den</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="149"/>
        <source>Agenda</source>
        <translation>Přehled</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="149"/>
        <source>Venues</source>
        <translation>Místa</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="157"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="164"/>
        <source>Colours</source>
        <translation>Barvy</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="165"/>
        <source>Colour events by series or by category</source>
        <translation>Barvy akcí podle řady nebo podle kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="170"/>
        <source>Colour by series</source>
        <translation>Barvy podle řady</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="170"/>
        <source>Colour by category</source>
        <translation>Barvy podle kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="319"/>
        <source>Week %1</source>
        <translation>Týden %1</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../ui/calendar/common.py" line="85"/>
        <source>all day</source>
        <translation>celý den</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/common.py" line="128"/>
        <source>Mon</source>
        <translation>Po</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/common.py" line="128"/>
        <source>Tue</source>
        <translation>Út</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/common.py" line="128"/>
        <source>Wed</source>
        <translation>St</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/common.py" line="129"/>
        <source>Thu</source>
        <translation>Čt</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/common.py" line="129"/>
        <source>Fri</source>
        <translation>Pá</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/common.py" line="129"/>
        <source>Sat</source>
        <translation>So</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/common.py" line="130"/>
        <source>Sun</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/common.py" line="137"/>
        <source>January</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/common.py" line="137"/>
        <source>February</source>
        <translation>Únor</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/common.py" line="137"/>
        <source>March</source>
        <translation>Březen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/common.py" line="138"/>
        <source>April</source>
        <translation>Duben</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/common.py" line="138"/>
        <source>May</source>
        <translation>Květen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/common.py" line="138"/>
        <source>June</source>
        <translation>Červen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/common.py" line="139"/>
        <source>July</source>
        <translation>Červenec</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/common.py" line="139"/>
        <source>August</source>
        <translation>Srpen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/common.py" line="139"/>
        <source>September</source>
        <translation>Září</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/common.py" line="140"/>
        <source>October</source>
        <translation>Říjen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/common.py" line="140"/>
        <source>November</source>
        <translation>Listopad</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/common.py" line="140"/>
        <source>December</source>
        <translation>Prosinec</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../ui/calendar/month_view.py" line="165"/>
        <source>Wk</source>
        <translation>Týd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/month_view.py" line="286"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n další</numerusform>
            <numerusform>+%n další</numerusform>
            <numerusform>+%n dalších</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/calendar/timeline_view.py" line="134"/>
        <source>No venue</source>
        <translation>Bez místa</translation>
    </message>
</context>
<context>
    <name>AllDayStrip</name>
    <message>
        <location filename="../../ui/calendar/week_allday.py" line="73"/>
        <source>Wk %1</source>
        <translation>Týd. %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_view.py" line="262"/>
        <source>all day</source>
        <translation>celý den</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/week_view.py" line="322"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n další</numerusform>
            <numerusform>+%n další</numerusform>
            <numerusform>+%n dalších</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_TimelineHeader</name>
    <message>
        <location filename="../../ui/calendar/timeline_view.py" line="206"/>
        <source>Venue</source>
        <translation>Místo</translation>
    </message>
</context>
<context>
    <name>v</name>
    <message>
        <location filename="../../ui/calendar/agenda_view.py" line="181"/>
        <source>No events in this period.</source>
        <translation>V tomto období nejsou žádné akce.</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <location filename="../../ui/calendar/context_menu.py" line="1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/context_menu.py" line="1"/>
        <source>Cu&amp;t</source>
        <translation>Vyj&amp;mout</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/context_menu.py" line="1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Vložit</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/context_menu.py" line="1"/>
        <source>&amp;Open</source>
        <translation>&amp;Otevřít</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/context_menu.py" line="1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/context_menu.py" line="1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplikovat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/context_menu.py" line="1"/>
        <source>&amp;Move to venue…</source>
        <translation>Přesunout na &amp;místo…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/context_menu.py" line="1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Smazat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/context_menu.py" line="1"/>
        <source>&amp;Delete %n events</source>
        <translation>
            <numerusform>&amp;Smazat %n akci</numerusform>
            <numerusform>&amp;Smazat %n akce</numerusform>
            <numerusform>&amp;Smazat %n akcí</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/context_menu.py" line="1"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/context_menu.py" line="1"/>
        <source>&amp;New event here</source>
        <translation>&amp;Nová akce zde</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/context_menu.py" line="1"/>
        <source>Select &amp;all</source>
        <translation>Vybrat &amp;vše</translation>
    </message>
</context>
<context>
    <name>ColourLegend</name>
    <message>
        <location filename="../../ui/calendar/legend.py" line="1"/>
        <source>No events shown.</source>
        <translation>Žádné zobrazené akce.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/legend.py" line="1"/>
        <source>Colours by category</source>
        <translation>Barvy podle druhu akce</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/legend.py" line="1"/>
        <source>Colours by series</source>
        <translation>Barvy podle řady</translation>
    </message>
</context>
<context>
    <name>ViewSwitcher</name>
    <message>
        <location filename="../../ui/calendar/switcher.py" line="1"/>
        <source>Choose the view (Ctrl+1 … Ctrl+6)</source>
        <translation>Zvolit zobrazení (Ctrl+1 … Ctrl+6)</translation>
    </message>
</context>
</TS>
