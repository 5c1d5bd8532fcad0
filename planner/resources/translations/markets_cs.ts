<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cs_CZ">
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="426" />
        <source>Application / booking</source>
        <translation>Přihláška / rezervace</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="444" />
        <source>by the market's fee rule</source>
        <translation>podle pravidla poplatků trhu</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="445" />
        <source>Needs power</source>
        <translation>Potřebuje elektřinu</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="447" />
        <source>Paid on:</source>
        <translation>Zaplaceno dne:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="463" />
        <source>Vendor:</source>
        <translation>Prodejce:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="464" />
        <source>Stall:</source>
        <translation>Stánek:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="465" />
        <source>Days:</source>
        <translation>Dny:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="466" />
        <source>Status:</source>
        <translation>Stav:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="467" />
        <source>Fee (CZK):</source>
        <translation>Poplatek (Kč):</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="470" />
        <source>Notes:</source>
        <translation>Poznámka:</translation>
    </message>
</context>
<context>
    <name>BookingTableModel</name>
    <message>
        <location filename="../../ui/markets/models.py" line="113" />
        <source>Stall</source>
        <translation>Stánek</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="113" />
        <source>Vendor</source>
        <translation>Prodejce</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="113" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="113" />
        <source>Days</source>
        <translation>Dny</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="114" />
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="114" />
        <source>Fee</source>
        <translation>Poplatek</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="114" />
        <source>Power</source>
        <translation>Elektřina</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="114" />
        <source>Paid on</source>
        <translation>Zaplaceno dne</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="165" />
        <source>needed</source>
        <translation>potřebuje</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="170" />
        <source>unpaid</source>
        <translation>nezaplaceno</translation>
    </message>
</context>
<context>
    <name>DayHoursDialog</name>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="223" />
        <source>Opening hours on %1</source>
        <translation>Otevírací doba %1</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="226" />
        <source>Default hours (%1)</source>
        <translation>Běžná otevírací doba (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="231" />
        <source>Closed</source>
        <translation>Zavřeno</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="232" />
        <source>Special hours:</source>
        <translation>Zvláštní otevírací doba:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="239" />
        <source>e.g. last day, tree lighting</source>
        <translation>např. poslední den, rozsvícení stromu</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="262" />
        <source>Note:</source>
        <translation>Poznámka:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="273" />
        <source>The market must close after it opens.</source>
        <translation>Trh musí zavírat později, než otevírá.</translation>
    </message>
</context>
<context>
    <name>DayHoursModel</name>
    <message>
        <location filename="../../ui/markets/models.py" line="378" />
        <source>Day</source>
        <translation>Den</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="378" />
        <source>Opening hours</source>
        <translation>Otevírací doba</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="378" />
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="396" />
        <source>closed</source>
        <translation>zavřeno</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="398" />
        <source>(default)</source>
        <translation>(běžná)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="413" />
        <source>Mon</source>
        <translation>po</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="413" />
        <source>Tue</source>
        <translation>út</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="414" />
        <source>Wed</source>
        <translation>st</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="414" />
        <source>Thu</source>
        <translation>čt</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="415" />
        <source>Fri</source>
        <translation>pá</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="415" />
        <source>Sat</source>
        <translation>so</translation>
    </message>
    <message>
        <location filename="../../ui/markets/models.py" line="416" />
        <source>Sun</source>
        <translation>ne</translation>
    </message>
</context>
<context>
    <name>MarketSettingsPanel</name>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="71" />
        <source>as per stall and day</source>
        <translation>podle sazby za stánek a den</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="77" />
        <source>Save hours and fees</source>
        <translation>Uložit otevírací dobu a poplatky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="79" />
        <source>Apply the fees to unpaid bookings</source>
        <translation>Přepočítat nezaplacené poplatky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="80" />
        <source>Recalculate the fee of every unpaid application and booking by this rule.</source>
        <translation>Přepočítá poplatek každé nezaplacené přihlášky a rezervace podle tohoto pravidla.</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="88" />
        <source>Fee rule (CZK)</source>
        <translation>Pravidlo poplatků (Kč)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="90" />
        <source>Per stall and day:</source>
        <translation>Za stánek a den:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="92" />
        <source>%1 per day:</source>
        <translation>%1 za den:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="93" />
        <source>Per m² and day:</source>
        <translation>Za m² a den:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="94" />
        <source>Power surcharge per day:</source>
        <translation>Příplatek za elektřinu na den:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="95" />
        <source>Default opening hours and map</source>
        <translation>Běžná otevírací doba a plánek</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="97" />
        <source>Open daily:</source>
        <translation>Otevřeno denně:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="98" />
        <source>Map width (m):</source>
        <translation>Šířka plánku (m):</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="99" />
        <source>Map depth (m):</source>
        <translation>Hloubka plánku (m):</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="122" />
        <source>Change the hours of the day…</source>
        <translation>Změnit otevírací dobu dne…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/settings_panel.py" line="125" />
        <source>&lt;b&gt;Days&lt;/b&gt; (exceptions to the default hours in bold)</source>
        <translation>&lt;b&gt;Dny&lt;/b&gt; (výjimky z běžné otevírací doby tučně)</translation>
    </message>
</context>
<context>
    <name>MarketsPage</name>
    <message>
        <location filename="../../ui/markets/page.py" line="1" />
        <source>Print…</source>
        <translation>Tisk…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="1" />
        <source>More</source>
        <translation>Další</translation>
    </message>
    <message>
        <location filename="../../ui/markets/feature.py" line="16" />
        <source>Markets</source>
        <translation>Trhy</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="82" />
        <source>Move stalls</source>
        <translation>Přesun stánků</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="160" />
        <source>Stall map</source>
        <translation>Plánek stánků</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="161" />
        <source>Applications and bookings</source>
        <translation>Přihlášky a rezervace</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="166" />
        <source>Opening hours and fees</source>
        <translation>Otevírací doba a poplatky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="184" />
        <source>New market…</source>
        <translation>Nový trh…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="186" />
        <source>Copy the layout from a previous market…</source>
        <translation>Převzít rozmístění z dřívějšího trhu…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="188" />
        <source>Print map…</source>
        <translation>Tisk plánku…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="192" />
        <source>Export map to PDF…</source>
        <translation>Plánek do PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="199" />
        <source>Market:</source>
        <translation>Trh:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="218" />
        <source>Search stallholders…</source>
        <translation>Hledat prodejce…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="231" />
        <source>approved bookings</source>
        <translation>schválené rezervace</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="232" />
        <source>applications</source>
        <translation>přihlášky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="233" />
        <source>Drag a stallholder onto a stall to book it for all the market's days.</source>
        <translation>Přetažením prodejce na stánek jej zarezervujete na všechny dny trhu.</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="238" />
        <source>&lt;b&gt;Stallholders&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prodejci&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="242" />
        <source>Only those without a stall in this market</source>
        <translation>Jen ti, kdo na tomto trhu nemají stánek</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="246" />
        <source>Dropping creates:</source>
        <translation>Přetažení vytvoří:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="260" />
        <location filename="../../ui/markets/render.py" line="41" />
        <source>booking status</source>
        <translation>stavu rezervace</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="261" />
        <source>vendor category</source>
        <translation>kategorie prodejce</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="272" />
        <source>Zoom in (mouse wheel)</source>
        <translation>Přiblížit (kolečko myši)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="269" />
        <source>Zoom out (mouse wheel)</source>
        <translation>Oddálit (kolečko myši)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="274" />
        <source>Fit</source>
        <translation>Celý plánek</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="275" />
        <location filename="../../ui/markets/page.py" line="617" />
        <source>Show all stalls</source>
        <translation>Zobrazit všechny stánky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="278" />
        <source>Colour by:</source>
        <translation>Barva podle:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="280" />
        <source>Day:</source>
        <translation>Den:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="266" />
        <source>Add stall…</source>
        <translation>Přidat stánek…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="104" />
        <source>Book stall %1</source>
        <translation>Rezervace stánku %1</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="126" />
        <source>The booking of stall %1 was changed after it was made; it was not removed.</source>
        <translation>Rezervace stánku %1 se od vytvoření změnila, proto nebyla odstraněna.</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="285" />
        <location filename="../../ui/markets/page.py" line="550" />
        <source>Click a stall to see its details; drag stalls to rearrange the layout.</source>
        <translation>Klepnutím na stánek zobrazíte podrobnosti; přetažením stánků změníte rozmístění.</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="310" />
        <source>Search vendor or stall…</source>
        <translation>Hledat prodejce nebo stánek…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="314" />
        <source>All statuses</source>
        <translation>Všechny stavy</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="344" />
        <source>Approve</source>
        <translation>Schválit</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="346" />
        <source>Reject</source>
        <translation>Zamítnout</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="348" />
        <source>Mark as paid…</source>
        <translation>Zaplaceno…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="350" />
        <source>Clear the payment</source>
        <translation>Zrušit platbu</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="352" />
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="357" />
        <source>New application…</source>
        <translation>Nová přihláška…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="361" />
        <source>Edit…</source>
        <translation>Upravit…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="369" />
        <source>Status:</source>
        <translation>Stav:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="371" />
        <source>Stall:</source>
        <translation>Stánek:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="446" />
        <source>All days</source>
        <translation>Všechny dny</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="496" />
        <source>All stalls</source>
        <translation>Všechny stánky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="507" />
        <source>No market yet: create one with “New market…”.</source>
        <translation>Zatím žádný trh: založte jej tlačítkem „Nový trh…“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/markets/page.py" line="509" />
        <source>%n unpaid</source>
        <translation>
            <numerusform>%n nezaplacená</numerusform><numerusform>%n nezaplacené</numerusform><numerusform>%n nezaplacených</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="511" />
        <source>Expected: &lt;b&gt;%1&lt;/b&gt; · Paid: &lt;b&gt;%2&lt;/b&gt; · Outstanding: &lt;b&gt;%3&lt;/b&gt; (%4) · Approved: %5 · Applications to review: %6</source>
        <translation>Očekáváno: &lt;b&gt;%1&lt;/b&gt; · Zaplaceno: &lt;b&gt;%2&lt;/b&gt; · Zbývá: &lt;b&gt;%3&lt;/b&gt; (%4) · Schváleno: %5 · Přihlášky k posouzení: %6</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="559" />
        <source>power outlet</source>
        <translation>elektrická přípojka</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="561" />
        <source>no power outlet</source>
        <translation>bez elektrické přípojky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="567" />
        <source>paid %1</source>
        <translation>zaplaceno %1</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="567" />
        <source>unpaid</source>
        <translation>nezaplaceno</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="572" />
        <source>No applications yet.</source>
        <translation>Zatím bez přihlášek.</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="585" />
        <source>%1 is booked on stall %2 for %3 (fee %4).</source>
        <translation>%1 má rezervovaný stánek %2 na %3 (poplatek %4).</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="586" />
        <source>%1 applied for stall %2 for %3 (fee %4).</source>
        <translation>%1 se přihlásil o stánek %2 na %3 (poplatek %4).</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="608" />
        <source>Edit stall…</source>
        <translation>Upravit stánek…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="609" />
        <source>Show the stall's applications</source>
        <translation>Zobrazit přihlášky stánku</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="610" />
        <source>Rotate by 90°</source>
        <translation>Otočit o 90°</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="612" />
        <source>Delete stall</source>
        <translation>Smazat stánek</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="615" />
        <source>Add a stall here…</source>
        <translation>Přidat stánek sem…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="659" />
        <source>Delete stall %1 from the map?</source>
        <translation>Smazat stánek %1 z plánku?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/markets/page.py" line="715" />
        <source>Delete %n application(s)? Rejecting keeps the history; deleting does not.</source>
        <translation>
            <numerusform>Smazat %n přihlášku? Zamítnutí zachová historii, smazání ne.</numerusform><numerusform>Smazat %n přihlášky? Zamítnutí zachová historii, smazání ne.</numerusform><numerusform>Smazat %n přihlášek? Zamítnutí zachová historii, smazání ne.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="800" />
        <source>Copy the layout</source>
        <translation>Převzít rozmístění</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="801" />
        <source>Create the stalls of “%1” as they were at:</source>
        <translation>Vytvořit stánky trhu „%1“ tak, jak stály na trhu:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/markets/page.py" line="809" />
        <source>%n stall(s) created from the earlier layout.</source>
        <translation>
            <numerusform>Podle dřívějšího rozmístění vznikl %n stánek.</numerusform><numerusform>Podle dřívějšího rozmístění vznikly %n stánky.</numerusform><numerusform>Podle dřívějšího rozmístění vzniklo %n stánků.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="823" />
        <source>Opening hours and fees saved. Fees of existing bookings stay until you apply the rule to them.</source>
        <translation>Otevírací doba a poplatky uloženy. Poplatky stávajících rezervací se změní, až na ně pravidlo použijete.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/markets/page.py" line="832" />
        <source>%n unpaid fee(s) recalculated.</source>
        <translation>
            <numerusform>Přepočítán %n nezaplacený poplatek.</numerusform><numerusform>Přepočítány %n nezaplacené poplatky.</numerusform><numerusform>Přepočítáno %n nezaplacených poplatků.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="880" />
        <source>Export the stall map</source>
        <translation>Uložit plánek stánků</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="880" />
        <source>PDF files (*.pdf)</source>
        <translation>Soubory PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="889" />
        <source>Cannot write %1.</source>
        <translation>Soubor %1 nelze zapsat.</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="891" />
        <source>The map was saved to %1.</source>
        <translation>Plánek byl uložen do %1.</translation>
    </message>
</context>
<context>
    <name>NewMarketDialog</name>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="88" />
        <source>New market</source>
        <translation>Nový trh</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="91" />
        <source>e.g. Vánoční trhy Opava 2027</source>
        <translation>např. Vánoční trhy Opava 2027</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="95" />
        <source>(none)</source>
        <translation>(žádné)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="101" />
        <source>(no stalls yet)</source>
        <translation>(zatím bez stánků)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="110" />
        <source>Title:</source>
        <translation>Název:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="111" />
        <source>First day:</source>
        <translation>První den:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="112" />
        <source>Last day:</source>
        <translation>Poslední den:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="113" />
        <source>Square:</source>
        <translation>Náměstí:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="114" />
        <source>Opening hours:</source>
        <translation>Otevírací doba:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="115" />
        <source>Copy the stall layout of:</source>
        <translation>Převzít rozmístění stánků z:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="133" />
        <source>Enter the market's title.</source>
        <translation>Zadejte název trhu.</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="135" />
        <source>The last day must not be before the first day.</source>
        <translation>Poslední den nesmí být před prvním dnem.</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="137" />
        <source>The market must close after it opens.</source>
        <translation>Trh musí zavírat později, než otevírá.</translation>
    </message>
</context>
<context>
    <name>PaidDateDialog</name>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="190" />
        <source>Mark as paid</source>
        <translation>Zaplaceno</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="199" />
        <source>Paid on:</source>
        <translation>Zaplaceno dne:</translation>
    </message>
</context>
<context>
    <name>StallDialog</name>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="327" />
        <source>Stall %1</source>
        <translation>Stánek %1</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="327" />
        <source>New stall</source>
        <translation>Nový stánek</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="340" />
        <source>Power outlet</source>
        <translation>Elektrická přípojka</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="347" />
        <source>Water connection</source>
        <translation>Přípojka vody</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="365" />
        <source>Code:</source>
        <translation>Označení:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="366" />
        <source>Kind:</source>
        <translation>Druh:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="367" />
        <source>Zone / square:</source>
        <translation>Zóna / náměstí:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="368" />
        <source>Size (m):</source>
        <translation>Rozměr (m):</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="369" />
        <source>Electricity:</source>
        <translation>Elektřina:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="371" />
        <source>Rotation:</source>
        <translation>Natočení:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="372" />
        <source>Notes:</source>
        <translation>Poznámka:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/dialogs.py" line="384" />
        <source>Enter the stall's code, e.g. A01.</source>
        <translation>Zadejte označení stánku, např. A01.</translation>
    </message>
</context>
<context>
    <name>StallMap</name>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="91" />
        <location filename="../../ui/markets/stall_map.py" line="545" />
        <source>Free</source>
        <translation>Volný</translation>
    </message>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="92" />
        <location filename="../../ui/markets/stall_map.py" line="547" />
        <source>Applications only</source>
        <translation>Jen přihlášky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="93" />
        <source>Approved, unpaid</source>
        <translation>Schváleno, nezaplaceno</translation>
    </message>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="94" />
        <source>Approved, paid</source>
        <translation>Schváleno, zaplaceno</translation>
    </message>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="184" />
        <source>all days</source>
        <translation>všechny dny</translation>
    </message>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="186" />
        <source>%1 · shown: %2 · coloured by %3</source>
        <translation>%1 · zobrazeno: %2 · barva podle %3</translation>
    </message>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="190" />
        <source>printed %1</source>
        <translation>vytištěno %1</translation>
    </message>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="191" />
        <source>Stall map: %1</source>
        <translation>Plánek stánků: %1</translation>
    </message>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="416" />
        <location filename="../../ui/markets/stall_map.py" line="548" />
        <source>Power outlet</source>
        <translation>Elektrická přípojka</translation>
    </message>
    <message>
        <location filename="../../ui/markets/stall_map.py" line="418" />
        <source>Water</source>
        <translation>Voda</translation>
    </message>
</context>
<context>
    <name>BookingsTab</name>
    <message>
        <location filename="../../ui/markets/page.py" line="496" />
        <source>All stalls</source>
        <translation>Všechny stánky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="314" />
        <source>All statuses</source>
        <translation>Všechny stavy</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="344" />
        <source>Approve</source>
        <translation>Schválit</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="350" />
        <source>Clear the payment</source>
        <translation>Zrušit platbu</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="352" />
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/markets/page.py" line="715" />
        <source>Delete %n application(s)? Rejecting keeps the history; deleting does not.</source>
        <translation>
            <numerusform>Smazat %n přihlášku? Zamítnutí zachová historii, smazání ne.</numerusform><numerusform>Smazat %n přihlášky? Zamítnutí zachová historii, smazání ne.</numerusform><numerusform>Smazat %n přihlášek? Zamítnutí zachová historii, smazání ne.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="361" />
        <source>Edit…</source>
        <translation>Upravit…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="348" />
        <source>Mark as paid…</source>
        <translation>Zaplaceno…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="357" />
        <source>New application…</source>
        <translation>Nová přihláška…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="346" />
        <source>Reject</source>
        <translation>Zamítnout</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="310" />
        <source>Search vendor or stall…</source>
        <translation>Hledat prodejce nebo stánek…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="371" />
        <source>Stall:</source>
        <translation>Stánek:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="369" />
        <source>Status:</source>
        <translation>Stav:</translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message>
        <location filename="../../ui/markets/map_tab.py" line="1" />
        <source>Only without a stall</source>
        <translation>Jen bez stánku</translation>
    </message>
    <message>
        <location filename="../../ui/markets/map_tab.py" line="1" />
        <source>Zoom out (Ctrl+wheel, −)</source>
        <translation>Oddálit (Ctrl+kolečko, −)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/map_tab.py" line="1" />
        <source>Zoom in (Ctrl+wheel, +)</source>
        <translation>Přiblížit (Ctrl+kolečko, +)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/map_tab.py" line="1" />
        <source>Show the whole map (0)</source>
        <translation>Zobrazit celý plánek (0)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="586" />
        <source>%1 applied for stall %2 for %3 (fee %4).</source>
        <translation>%1 se přihlásil o stánek %2 na %3 (poplatek %4).</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="585" />
        <source>%1 is booked on stall %2 for %3 (fee %4).</source>
        <translation>%1 má rezervovaný stánek %2 na %3 (poplatek %4).</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="238" />
        <source>&lt;b&gt;Stallholders&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prodejci&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="615" />
        <source>Add a stall here…</source>
        <translation>Přidat stánek sem…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="266" />
        <source>Add stall…</source>
        <translation>Přidat stánek…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="446" />
        <source>All days</source>
        <translation>Všechny dny</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="104" />
        <source>Book stall %1</source>
        <translation>Rezervace stánku %1</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="285" />
        <location filename="../../ui/markets/page.py" line="550" />
        <source>Click a stall to see its details; drag stalls to rearrange the layout.</source>
        <translation>Klepnutím na stánek zobrazíte podrobnosti; přetažením stánků změníte rozmístění.</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="278" />
        <source>Colour by:</source>
        <translation>Barva podle:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="280" />
        <source>Day:</source>
        <translation>Den:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="612" />
        <source>Delete stall</source>
        <translation>Smazat stánek</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="659" />
        <source>Delete stall %1 from the map?</source>
        <translation>Smazat stánek %1 z plánku?</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="233" />
        <source>Drag a stallholder onto a stall to book it for all the market's days.</source>
        <translation>Přetažením prodejce na stánek jej zarezervujete na všechny dny trhu.</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="246" />
        <source>Dropping creates:</source>
        <translation>Přetažení vytvoří:</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="608" />
        <source>Edit stall…</source>
        <translation>Upravit stánek…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="274" />
        <source>Fit</source>
        <translation>Celý plánek</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="82" />
        <source>Move stalls</source>
        <translation>Přesun stánků</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="572" />
        <source>No applications yet.</source>
        <translation>Zatím bez přihlášek.</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="242" />
        <source>Only those without a stall in this market</source>
        <translation>Jen ti, kdo na tomto trhu nemají stánek</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="610" />
        <source>Rotate by 90°</source>
        <translation>Otočit o 90°</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="218" />
        <source>Search stallholders…</source>
        <translation>Hledat prodejce…</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="275" />
        <location filename="../../ui/markets/page.py" line="617" />
        <source>Show all stalls</source>
        <translation>Zobrazit všechny stánky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="609" />
        <source>Show the stall's applications</source>
        <translation>Zobrazit přihlášky stánku</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="272" />
        <source>Zoom in (mouse wheel)</source>
        <translation>Přiblížit (kolečko myši)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="269" />
        <source>Zoom out (mouse wheel)</source>
        <translation>Oddálit (kolečko myši)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="232" />
        <source>applications</source>
        <translation>přihlášky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="231" />
        <source>approved bookings</source>
        <translation>schválené rezervace</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="260" />
        <location filename="../../ui/markets/render.py" line="41" />
        <source>booking status</source>
        <translation>stavu rezervace</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="561" />
        <source>no power outlet</source>
        <translation>bez elektrické přípojky</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="567" />
        <source>paid %1</source>
        <translation>zaplaceno %1</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="559" />
        <source>power outlet</source>
        <translation>elektrická přípojka</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="567" />
        <source>unpaid</source>
        <translation>nezaplaceno</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="261" />
        <source>vendor category</source>
        <translation>kategorie prodejce</translation>
    </message>
</context>
<context>
    <name>MarketPrinting</name>
    <message>
        <location filename="../../ui/markets/page.py" line="889" />
        <source>Cannot write %1.</source>
        <translation>Soubor %1 nelze zapsat.</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="880" />
        <source>Export the stall map</source>
        <translation>Uložit plánek stánků</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="880" />
        <source>PDF files (*.pdf)</source>
        <translation>Soubory PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/markets/page.py" line="891" />
        <source>The map was saved to %1.</source>
        <translation>Plánek byl uložen do %1.</translation>
    </message>
</context>
</TS>