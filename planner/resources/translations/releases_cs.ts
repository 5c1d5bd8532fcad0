<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cs_CZ">
<context>
    <name>ChangesTableModel</name>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="82" />
        <source>Change</source>
        <translation>Změna</translation>
    </message>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="82" />
        <source>What</source>
        <translation>Co</translation>
    </message>
</context>
<context>
    <name>HlaskaDialog</name>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="163" />
        <source>Culture calendar for Hláska</source>
        <translation>Kulturní kalendář pro Hlásku</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="177" />
        <source>Word document (.docx)</source>
        <translation>Dokument Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="177" />
        <source>Plain text (.txt)</source>
        <translation>Prostý text (.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="178" />
        <source>CSV for the layout program (.csv)</source>
        <translation>CSV pro sazbu (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="180" />
        <source>Mark what changed since the previous export (NOVĚ, ZMĚNA, ZRUŠENO)</source>
        <translation>Označit, co se změnilo od minulého exportu (NOVĚ, ZMĚNA, ZRUŠENO)</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="184" />
        <source>Month:</source>
        <translation>Měsíc:</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="185" />
        <source>Format:</source>
        <translation>Formát:</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="187" />
        <source>Deadline:</source>
        <translation>Uzávěrka:</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="189" />
        <source>Export…</source>
        <translation>Exportovat…</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="190" />
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="204" />
        <source>%1 (passed)</source>
        <translation>%1 (uplynula)</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="206" />
        <source>%1 (in %2 days)</source>
        <translation>%1 (za %2 dní)</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="37" />
        <source>Sending e-mail</source>
        <translation>Odesílání e-mailů</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="41" />
        <source>e.g. smtp.office365.com</source>
        <translation>např. smtp.office365.com</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="45" />
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="45" />
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="46" />
        <source>none (a local relay only)</source>
        <translation>žádné (jen místní předávací server)</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="51" />
        <source>unchanged</source>
        <translation>beze změny</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="54" />
        <source>Send notices as one daily digest per person</source>
        <translation>Posílat oznámení jako jeden denní přehled pro každého</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="56" />
        <source>e-mails of staff, separated by commas</source>
        <translation>e-maily pracovníků oddělené čárkami</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="63" />
        <source>SMTP server:</source>
        <translation>Server SMTP:</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="64" />
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="65" />
        <source>Security:</source>
        <translation>Zabezpečení:</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="66" />
        <source>Login:</source>
        <translation>Přihlašovací jméno:</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="67" />
        <source>Password:</source>
        <translation>Heslo:</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="68" />
        <source>Sender address:</source>
        <translation>Adresa odesílatele:</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="69" />
        <source>Sender name:</source>
        <translation>Jméno odesílatele:</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="71" />
        <source>Meeting updates for:</source>
        <translation>Aktualizace schůzek pro:</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="72" />
        <source>Hláska deadline (day of the month before):</source>
        <translation>Uzávěrka Hlásky (den předchozího měsíce):</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="73" />
        <source>The password is kept in the Windows credential store, never in the settings file. Staff listed for meeting updates get changes as Outlook meeting updates that move the item in their own calendar.</source>
        <translation>Heslo je uloženo ve správci přihlašovacích údajů Windows, nikdy v souboru nastavení. Pracovníci uvedení u aktualizací schůzek dostanou změny jako aktualizace schůzky v Outlooku, která položku v jejich kalendáři přesune.</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="78" />
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="79" />
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="122" />
        <source>Sender address: enter an e-mail address.</source>
        <translation>Adresa odesílatele: zadejte e-mailovou adresu.</translation>
    </message>
</context>
<context>
    <name>NoticesTableModel</name>
    <message>
        <location filename="../../ui/releases/pages.py" line="198" />
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="198" />
        <source>To</source>
        <translation>Komu</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="198" />
        <source>Subject</source>
        <translation>Předmět</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="198" />
        <source>Attempts</source>
        <translation>Pokusy</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="199" />
        <source>Server's answer</source>
        <translation>Odpověď serveru</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="208" />
        <source>digest</source>
        <translation>přehled</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../ui/releases/pages.py" line="224" />
        <source>Send waiting</source>
        <translation>Odeslat čekající</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="226" />
        <source>Send daily digest</source>
        <translation>Odeslat denní přehled</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="227" />
        <source>Back to waiting</source>
        <translation>Znovu k odeslání</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="228" />
        <source>Discard</source>
        <translation>Zahodit</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="253" />
        <source>Waiting or failed: %1</source>
        <translation>Čeká nebo selhalo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="255" />
        <source>interrupted while sending: %1 (check with the recipient, then put back to waiting)</source>
        <translation>přerušeno při odesílání: %1 (ověřte u adresáta, pak vraťte mezi čekající)</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="267" />
        <source>To: %1</source>
        <translation>Komu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="268" />
        <source>Subject: %1</source>
        <translation>Předmět: %1</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="270" />
        <source>Attachment: %1</source>
        <translation>Příloha: %1</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="293" />
        <source>Sent: %1, not sent: %2.</source>
        <translation>Odesláno: %1, neodesláno: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="305" />
        <source>Sending this notice was interrupted: the server may have delivered it. Send it again only if the recipient did not get it. Put it back to waiting?</source>
        <translation>Odesílání tohoto oznámení bylo přerušeno: server ho možná doručil. Pošlete ho znovu, jen pokud ho adresát nedostal. Vrátit ho mezi čekající?</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="106" />
        <source>Publish programme</source>
        <translation>Zveřejnit program</translation>
    </message>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="110" />
        <source>(all series and single events)</source>
        <translation>(všechny řady i samostatné akce)</translation>
    </message>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="117" />
        <source>Only the period</source>
        <translation>Jen období</translation>
    </message>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="141" />
        <source>e.g. The opening concert moves to Sunday</source>
        <translation>např. Zahajovací koncert se přesouvá na neděli</translation>
    </message>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="142" />
        <source>Put change notices into the outbox</source>
        <translation>Připravit oznámení o změnách do odchozí pošty</translation>
    </message>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="145" />
        <source>Series:</source>
        <translation>Řada:</translation>
    </message>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="146" />
        <source>Edition:</source>
        <translation>Ročník:</translation>
    </message>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="147" />
        <source>Period:</source>
        <translation>Období:</translation>
    </message>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="149" />
        <source>Release</source>
        <translation>Zveřejnit</translation>
    </message>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="151" />
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="159" />
        <source>Comment:</source>
        <translation>Komentář:</translation>
    </message>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="175" />
        <source>(every edition)</source>
        <translation>(všechny ročníky)</translation>
    </message>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="200" />
        <source>%1: nothing changed since the last release.</source>
        <translation>%1: od posledního zveřejnění se nic nezměnilo.</translation>
    </message>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="204" />
        <source>%1 – release no. %2. %3</source>
        <translation>%1 – zveřejnění č. %2. %3</translation>
    </message>
</context>
<context>
    <name>ReleasesFeature</name>
    <message>
        <location filename="../../ui/releases/feature.py" line="38" />
        <source>Publish programme…</source>
        <translation>Zveřejnit program…</translation>
    </message>
    <message>
        <location filename="../../ui/releases/feature.py" line="42" />
        <source>Culture calendar for Hláska…</source>
        <translation>Kulturní kalendář pro Hlásku…</translation>
    </message>
    <message>
        <location filename="../../ui/releases/feature.py" line="45" />
        <source>Publish web programme…</source>
        <translation>Zveřejnit webový program…</translation>
    </message>
    <message>
        <location filename="../../ui/releases/feature.py" line="48" />
        <source>Sending e-mail…</source>
        <translation>Odesílání e-mailů…</translation>
    </message>
    <message>
        <location filename="../../ui/releases/feature.py" line="62" />
        <source>Release no. %1 stored (%2 changes, %3 notices in the outbox).</source>
        <translation>Zveřejnění č. %1 uloženo (změn: %2, oznámení v odchozí poště: %3).</translation>
    </message>
    <message>
        <location filename="../../ui/releases/feature.py" line="78" />
        <source>Nothing is released in that month yet: the calendar is empty. Publish the programme first.</source>
        <translation>V tom měsíci zatím není nic zveřejněno: kalendář je prázdný. Nejprve zveřejněte program.</translation>
    </message>
    <message>
        <location filename="../../ui/releases/feature.py" line="80" />
        <source>Culture calendar written to %1 (lines: %2).</source>
        <translation>Kulturní kalendář zapsán do %1 (řádků: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/releases/feature.py" line="85" />
        <source>Folder of the web programme</source>
        <translation>Složka webového programu</translation>
    </message>
    <message>
        <location filename="../../ui/releases/feature.py" line="94" />
        <source>Web programme written to %1 (pages: %2).</source>
        <translation>Webový program zapsán do %1 (stránek: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/releases/feature.py" line="103" />
        <source>Hláska: the culture calendar for %1 is due on %2.</source>
        <translation>Hláska: kulturní kalendář na %1 je třeba odevzdat do %2.</translation>
    </message>
</context>
<context>
    <name>ReleasesPage</name>
    <message>
        <location filename="../../ui/releases/pages.py" line="134" />
        <source>Publish programme…</source>
        <translation>Zveřejnit program…</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="137" />
        <source>&lt;b&gt;Releases&lt;/b&gt; – what the public feeds, the web and Hláska show</source>
        <translation>&lt;b&gt;Zveřejnění&lt;/b&gt; – to, co ukazují veřejné kalendáře, web a Hláska</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="155" />
        <source>Nothing has been released yet: public feeds, the web programme and Hláska show only released events.</source>
        <translation>Zatím nebylo nic zveřejněno: veřejné kalendáře, webový program a Hláska ukazují jen zveřejněné akce.</translation>
    </message>
</context>
<context>
    <name>ReleasesTableModel</name>
    <message>
        <location filename="../../ui/releases/pages.py" line="105" />
        <source>No.</source>
        <translation>Č.</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="105" />
        <source>Released</source>
        <translation>Zveřejněno</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="105" />
        <source>Scope</source>
        <translation>Rozsah</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="105" />
        <source>Changes</source>
        <translation>Změny</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="106" />
        <source>Comment</source>
        <translation>Komentář</translation>
    </message>
</context>
<context>
    <name>SubscriberDialog</name>
    <message>
        <location filename="../../ui/releases/pages.py" line="353" />
        <source>New subscriber</source>
        <translation>Nový odběratel</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="360" />
        <source>One daily digest instead of a mail per release</source>
        <translation>Jeden denní přehled místo zprávy ke každému zveřejnění</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="364" />
        <source>Series:</source>
        <translation>Řada:</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="365" />
        <source>Name:</source>
        <translation>Jméno:</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="366" />
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="370" />
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="371" />
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="378" />
        <source>Create a series first.</source>
        <translation>Nejprve založte řadu.</translation>
    </message>
</context>
<context>
    <name>SubscribersPage</name>
    <message>
        <location filename="../../ui/releases/pages.py" line="401" />
        <source>Add…</source>
        <translation>Přidat…</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="403" />
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="406" />
        <source>&lt;b&gt;Subscribers&lt;/b&gt; get a notice when a release changes their series</source>
        <translation>&lt;b&gt;Odběratelé&lt;/b&gt; dostanou oznámení, když zveřejnění změní jejich řadu</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="432" />
        <source>Remove %1 from the subscribers?</source>
        <translation>Odebrat %1 z odběratelů?</translation>
    </message>
</context>
<context>
    <name>SubscribersTableModel</name>
    <message>
        <location filename="../../ui/releases/pages.py" line="337" />
        <source>Series</source>
        <translation>Řada</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="337" />
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="337" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="337" />
        <source>Daily digest</source>
        <translation>Denní přehled</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="344" />
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="344" />
        <source>no</source>
        <translation>ne</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/releases/dialogs.py" line="217" />
        <source>Save the culture calendar</source>
        <translation>Uložit kulturní kalendář</translation>
    </message>
</context>
<context>
    <name>releases</name>
    <message>
        <location filename="../../ui/releases/feature.py" line="122" />
        <source>Releases</source>
        <translation>Zveřejnění</translation>
    </message>
    <message>
        <location filename="../../ui/releases/feature.py" line="125" />
        <source>Outbox</source>
        <translation>Odchozí pošta</translation>
    </message>
    <message>
        <location filename="../../ui/releases/feature.py" line="128" />
        <source>Subscribers</source>
        <translation>Odběratelé</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="186" />
        <source>waiting</source>
        <translation>čeká</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="187" />
        <source>interrupted – check</source>
        <translation>přerušeno – ověřte</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="188" />
        <source>sent</source>
        <translation>odesláno</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="189" />
        <source>failed</source>
        <translation>chyba</translation>
    </message>
    <message>
        <location filename="../../ui/releases/pages.py" line="190" />
        <source>discarded</source>
        <translation>zahozeno</translation>
    </message>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="44" />
        <source>New</source>
        <translation>Nová akce</translation>
    </message>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="45" />
        <source>Moved</source>
        <translation>Přesunuto</translation>
    </message>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="46" />
        <source>Changed</source>
        <translation>Změněno</translation>
    </message>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="47" />
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <location filename="../../ui/releases/release_dialog.py" line="48" />
        <source>Withdrawn</source>
        <translation>Staženo z programu</translation>
    </message>
</context>
</TS>