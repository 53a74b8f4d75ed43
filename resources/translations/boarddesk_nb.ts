<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About BoardDesk</source>
        <translation>Om BoardDesk</translation>
    </message>
    <message>
        <source>Meeting packs, project status and minutes for programme boards.</source>
        <translation>Møtebøker, prosjektstatus og protokoller for programstyrer.</translation>
    </message>
    <message>
        <source>Your data is kept in this folder, with its daily backups:</source>
        <translation>Dataene dine ligger i denne mappen, sammen med de daglige sikkerhetskopiene:</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Åpne datamappen</translation>
    </message>
    <message>
        <source>BoardDesk ships these components:</source>
        <translation>BoardDesk leveres med disse komponentene:</translation>
    </message>
</context>
<context>
    <name>ActionRegisterDialog</name>
    <message>
        <source>Action points</source>
        <translation>Aksjonspunkter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Styre</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>St&amp;yre</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Status of {action}</source>
        <translation>Status for {action}</translation>
    </message>
</context>
<context>
    <name>AgendaBuilder</name>
    <message>
        <source>Publish the agenda?</source>
        <translation>Publisere sakslisten?</translation>
    </message>
    <message>
        <source>Case numbers are issued in agenda order, and the members get the agenda in the next meeting bundle you export. Every change to the agenda after this is logged as a change to the published agenda.

Publish the agenda now?</source>
        <translation>Saksnumre tildeles i rekkefølgen på sakslisten, og medlemmene får sakslisten i den neste møtefilen du eksporterer. Hver endring i sakslisten etter dette føres i loggen som en endring i den publiserte sakslisten.

Publisere sakslisten nå?</translation>
    </message>
    <message>
        <source>«{typed}» is not a date: type it as 19.01.2022.</source>
        <translation>«{typed}» er ikke en dato: skriv den som 19.01.2022.</translation>
    </message>
    <message>
        <source>Change the invitees</source>
        <translation>Endre innkalte</translation>
    </message>
    <message>
        <source>Change the meeting</source>
        <translation>Endre møtet</translation>
    </message>
    <message>
        <source>Change the agenda</source>
        <translation>Endre sakslisten</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>Endre sak</translation>
    </message>
    <message>
        <source>Edit agenda</source>
        <translation>Rediger saksliste</translation>
    </message>
    <message>
        <source>Switch agenda editing on or off (Ctrl+E); switching it off saves</source>
        <translation>Slå redigering av sakslisten på eller av (Ctrl+E); når du slår den av, lagres det du har skrevet</translation>
    </message>
    <message>
        <source>Edit agenda (Ctrl+E)</source>
        <translation>Rediger saksliste (Ctrl+E)</translation>
    </message>
    <message>
        <source>The meeting is the secretary&apos;s; you can read and write notes</source>
        <translation>Møtet er sekretærens; du kan lese og skrive notater</translation>
    </message>
    <message>
        <source>The minutes are approved: the agenda can no longer be changed</source>
        <translation>Referatet er godkjent: sakslisten kan ikke lenger endres</translation>
    </message>
    <message>
        <source>Editing the agenda: every change is saved and can be undone (Ctrl+Z)</source>
        <translation>Du redigerer sakslisten: hver endring lagres og kan angres (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Switch on «Edit agenda» (Ctrl+E) to change the agenda</source>
        <translation>Slå på «Rediger saksliste» (Ctrl+E) for å endre sakslisten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Møtedato</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <source>Pla&amp;ce</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Møteleder</translation>
    </message>
    <message>
        <source>Invi&amp;tees…</source>
        <translation>&amp;Innkalte…</translation>
    </message>
    <message>
        <source>Agenda (Alt+Up and Alt+Down move a case)</source>
        <translation>Saksliste (Alt+Up og Alt+Down flytter en sak)</translation>
    </message>
    <message>
        <source>Ne&amp;w case</source>
        <translation>&amp;Ny sak</translation>
    </message>
    <message>
        <source>Add a case before «Eventuelt» (Ctrl+N)</source>
        <translation>Legg til en sak før «Eventuelt» (Ctrl+N)</translation>
    </message>
    <message>
        <source>Standard &amp;item</source>
        <translation>S&amp;tandardsak</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Fj&amp;ern</translation>
    </message>
    <message>
        <source>Remove the case (Delete); after publication it is kept as withdrawn</source>
        <translation>Fjern saken (Delete); etter publisering beholdes den som trukket</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Flytt opp (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Flytt ned (Alt+Down)</translation>
    </message>
    <message>
        <source>&amp;Publish agenda</source>
        <translation>Pu&amp;bliser saksliste</translation>
    </message>
    <message>
        <source>Send the agenda out: case numbers are issued in agenda order</source>
        <translation>Send ut sakslisten: saksnumre tildeles i rekkefølgen på sakslisten</translation>
    </message>
    <message>
        <source>Cases of the &amp;year…</source>
        <translation>&amp;Årets saker…</translation>
    </message>
    <message>
        <source>Changes since publication</source>
        <translation>Endringer etter publisering</translation>
    </message>
    <message>
        <source>(no chair)</source>
        <translation>(ingen møteleder)</translation>
    </message>
    <message>
        <source>Agenda published</source>
        <translation>Sakslisten er publisert</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Saksliste</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <source>The agenda is published. Case numbers issued: {numbers}</source>
        <translation>Sakslisten er publisert. Tildelte saksnumre: {numbers}</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{path}: the backup could not be put in place: {error}</source>
        <translation>{path}: sikkerhetskopien kunne ikke settes på plass: {error}</translation>
    </message>
    <message>
        <source>Import meeting bundle</source>
        <translation>Importer møtefil</translation>
    </message>
    <message>
        <source>Meeting bundles (*.bdpack)</source>
        <translation>Møtefiler (*.bdpack)</translation>
    </message>
    <message>
        <source>{problem}

Restore the latest backup? The damaged file is kept beside it.</source>
        <translation>{problem}

Gjenopprette siste sikkerhetskopi? Den skadde filen beholdes ved siden av.</translation>
    </message>
    <message>
        <source>{path} is read-only here (a read-only file, folder or medium): you can read it, but changes cannot be saved.</source>
        <translation>{path} er skrivebeskyttet her (skrivebeskyttet fil, mappe eller medium): du kan lese den, men endringer kan ikke lagres.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Deputy not recorded</source>
        <translation>Vara ikke registrert</translation>
    </message>
    <message>
        <source>{deputy} cannot stand in for themself.</source>
        <translation>{deputy} kan ikke være vara for seg selv.</translation>
    </message>
    <message>
        <source>{deputy} cannot stand in for {member}: not a voting member of this board.</source>
        <translation>{deputy} kan ikke være vara for {member}: ikke et medlem med stemmerett i dette styret.</translation>
    </message>
    <message>
        <source>{deputy} is not recorded as present, so cannot stand in for {member}.</source>
        <translation>{deputy} er ikke registrert som til stede og kan derfor ikke være vara for {member}.</translation>
    </message>
    <message>
        <source>{deputy} cannot stand in for {member}, who is recorded as present.</source>
        <translation>{deputy} kan ikke være vara for {member}, som er registrert som til stede.</translation>
    </message>
    <message>
        <source>{deputy} cannot stand in for {member}: {other} already does.</source>
        <translation>{deputy} kan ikke være vara for {member}: {other} er det allerede.</translation>
    </message>
    <message>
        <source>{member} cannot be recorded as present while {other} stands in for them. Set «Deputy for» of {other} to nobody first.</source>
        <translation>{member} kan ikke registreres som til stede mens {other} er vara for vedkommende. Sett «Vara for» hos {other} til ingen først.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Arrived</source>
        <comment>attendance: at which case</comment>
        <translation>Kom</translation>
    </message>
    <message>
        <source>Arrived at case</source>
        <translation>Kom ved sak</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>attendance: at which case</comment>
        <translation>Gikk</translation>
    </message>
    <message>
        <source>Left at case</source>
        <translation>Gikk ved sak</translation>
    </message>
    <message>
        <source>Deputy for</source>
        <translation>Vara for</translation>
    </message>
    <message>
        <source>Deputy for which member</source>
        <translation>Vara for hvilket medlem</translation>
    </message>
    <message>
        <source>{name} (guest)</source>
        <translation>{name} (gjest)</translation>
    </message>
    <message>
        <source>Attendance of {name}</source>
        <translation>Oppmøte for {name}</translation>
    </message>
    <message>
        <source>{name} arrived at case</source>
        <translation>{name} kom ved sak</translation>
    </message>
    <message>
        <source>{name} left at case</source>
        <translation>{name} gikk ved sak</translation>
    </message>
    <message>
        <source>{name} is deputy for</source>
        <translation>{name} er vara for</translation>
    </message>
    <message>
        <source>The attendance of {name}</source>
        <translation>Oppmøtet til {name}</translation>
    </message>
</context>
<context>
    <name>BudgetBars</name>
    <message>
        <source>million NOK</source>
        <translation>mill. kroner</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>BudgetCharts</name>
    <message>
        <source>Budget per owner</source>
        <translation>Budsjett per eier</translation>
    </message>
    <message>
        <source>Budget per focus area</source>
        <translation>Budsjett per innsatsområde</translation>
    </message>
    <message>
        <source>From the projects' funding lines, or their approved frame where there are none.</source>
        <translation>Fra prosjektenes finansieringslinjer, ellers den godkjente rammen.</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Andre</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Budget lines</source>
        <translation>Budsjettlinjer</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Ny post</translation>
    </message>
</context>
<context>
    <name>CardPages</name>
    <message>
        <source>Source note</source>
        <translation>Kildemerknad</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>utledet</translation>
    </message>
    <message>
        <source>undated report</source>
        <translation>udatert rapport</translation>
    </message>
    <message>
        <source>Benefit prerequisites</source>
        <translation>Forutsetninger for gevinst</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Gevinster</translation>
    </message>
    <message>
        <source>Changes in operating cost</source>
        <translation>Endringer i driftskostnader</translation>
    </message>
    <message>
        <source>Milestones in this report</source>
        <translation>Milepæler i denne rapporten</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Statusrapport</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>rapportert</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Løsning</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Fra år</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Per år</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Nåverdi</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Other benefits</source>
        <translation>Andre gevinster</translation>
    </message>
    <message>
        <source>Who benefits</source>
        <translation>Hvem får gevinsten</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Status comment</source>
        <translation>Statuskommentar</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Manager's assessment</source>
        <translation>Prosjektleders vurdering</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Part</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Sakstype</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Legg til del</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>Fjern del</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke satt</translation>
    </message>
    <message>
        <source>Attach PDF…</source>
        <translation>Legg ved PDF…</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Fjern dokument</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Sakstittel</translation>
    </message>
    <message>
        <source>Parts and types</source>
        <translation>Deler og typer</translation>
    </message>
    <message>
        <source>Parts and case types</source>
        <translation>Deler og sakstyper</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Innleder</translation>
    </message>
    <message>
        <source>Time allotted</source>
        <translation>Avsatt tid</translation>
    </message>
    <message>
        <source>Time allotted in minutes</source>
        <translation>Avsatt tid i minutter</translation>
    </message>
    <message>
        <source>Case document</source>
        <translation>Saksdokument</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Proposed &amp;decision</source>
        <translation>Forslag til ve&amp;dtak</translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation>Forslag til vedtak</translation>
    </message>
    <message>
        <source>Pro&amp;jects</source>
        <translation>Pros&amp;jekter</translation>
    </message>
    <message>
        <source>Projects the case concerns</source>
        <translation>Prosjekter saken gjelder</translation>
    </message>
    <message>
        <source>Status reports</source>
        <translation>Statusrapporter</translation>
    </message>
    <message>
        <source>Print the ticked projects&apos; latest status reports in the pack</source>
        <translation>Skriv ut siste statusrapport for avkryssede prosjekter</translation>
    </message>
    <message>
        <source>Status reports the case presents</source>
        <translation>Statusrapporter saken legger fram</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Vedlagte dokumenter</translation>
    </message>
    <message>
        <source>Case type of part {part}</source>
        <translation>Sakstype for del {part}</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Saken</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Legg ved et dokument</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CasesOfYearDialog</name>
    <message>
        <source>Cases of the year</source>
        <translation>Årets saker</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Saksnr.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Sakstype</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Styre</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;År</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhere</name>
    <message>
        <source>{what} was deleted elsewhere after you opened it. Your change was not saved.</source>
        <translation>{what} ble slettet et annet sted etter at du begynte å endre. Endringen din ble ikke lagret.</translation>
    </message>
    <message>
        <source>{what} was changed elsewhere (another window or another user) after you opened it. Your change was not saved; what is stored now has been loaded.</source>
        <translation>{what} ble endret et annet sted (i et annet vindu eller av en annen bruker) etter at du begynte å endre. Endringen din ble ikke lagret; det som er lagret nå, er lastet inn.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Endret et annet sted</translation>
    </message>
    <message>
        <source>The text you typed has been copied to the clipboard, so you can paste it back.</source>
        <translation>Teksten du skrev, er kopiert til utklippstavlen, så du kan lime den inn igjen.</translation>
    </message>
</context>
<context>
    <name>DecisionRegisterDialog</name>
    <message>
        <source>inferred from other papers</source>
        <translation>utledet fra andre saksdokumenter</translation>
    </message>
    <message>
        <source>Decision register</source>
        <translation>Vedtaksregister</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Saksnr.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Words in the decision</source>
        <translation>Ord i vedtaket</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle år</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Prosjektnavn</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>St&amp;yre</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;År</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Prosjekt</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>From the project card's decision history; double-click opens the card</source>
        <translation>Fra vedtakshistorikken på prosjektkortet; dobbeltklikk åpner kortet</translation>
    </message>
    <message>
        <source>Project card: {title}</source>
        <translation>Prosjektkort: {title}</translation>
    </message>
</context>
<context>
    <name>DependencyEditor</name>
    <message>
        <source>Dependencies</source>
        <translation>Avhengigheter</translation>
    </message>
    <message>
        <source>Choose &amp;project…</source>
        <translation>Velg &amp;prosjekt…</translation>
    </message>
    <message>
        <source>Choose the project this depends on from the projects in this store</source>
        <translation>Velg prosjektet dette avhenger av blant prosjektene i databasen</translation>
    </message>
    <message>
        <source>No pro&amp;ject</source>
        <translation>Uten pr&amp;osjekt</translation>
    </message>
    <message>
        <source>Depend on the actor named below instead of on a project</source>
        <translation>Avheng av aktøren nedenfor i stedet for av et prosjekt</translation>
    </message>
    <message>
        <source>None: the actor below</source>
        <translation>Ingen: aktøren nedenfor</translation>
    </message>
    <message>
        <source>New dependency</source>
        <translation>Ny avhengighet</translation>
    </message>
</context>
<context>
    <name>DetailPages</name>
    <message>
        <source>Source note</source>
        <translation>Kildemerknad</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>utledet</translation>
    </message>
    <message>
        <source>undated report</source>
        <translation>udatert rapport</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budsjett</translation>
    </message>
    <message>
        <source>Decision history</source>
        <translation>Vedtakshistorikk</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Avhengigheter</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Latest status report</source>
        <translation>Siste statusrapport</translation>
    </message>
    <message>
        <source>Milestones and deliverables</source>
        <translation>Milepæler og leveranser</translation>
    </message>
    <message>
        <source>Projects that need this one</source>
        <translation>Prosjekter som trenger dette</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risikoer</translation>
    </message>
    <message>
        <source>Sub-projects</source>
        <translation>Delprosjekter</translation>
    </message>
    <message>
        <source>This project needs</source>
        <translation>Prosjektet trenger</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>ikke rapportert</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>rapportert</translation>
    </message>
    <message>
        <source>was</source>
        <translation>var</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Prosjektnummer</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktør</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Project owner</source>
        <translation>Prosjekteier</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>Prosjektleder</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Sluttdato</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Innsatsområde</translation>
    </message>
    <message>
        <source>National e-health solutions</source>
        <translation>Nasjonale e-helseløsninger</translation>
    </message>
    <message>
        <source>Implementation strategy</source>
        <translation>Innføringsstrategi</translation>
    </message>
    <message>
        <source>Approved frame</source>
        <translation>Godkjent ramme</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Status comment</source>
        <translation>Statuskommentar</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Manager's assessment</source>
        <translation>Prosjektleders vurdering</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(ny)</translation>
    </message>
    <message>
        <source>P×C</source>
        <translation>S×K</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Change / comment</source>
        <translation>Endring / kommentar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalitet</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Bokført</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Up a screen, on to the previous page</source>
        <translation>Opp en skjerm, videre til forrige side</translation>
    </message>
    <message>
        <source>Down a screen, on to the next page</source>
        <translation>Ned en skjerm, videre til neste side</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message>
        <source>Document reader</source>
        <translation>Dokumentleser</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Page view</source>
        <translation>Sidevisning</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Sidenummer</translation>
    </message>
    <message>
        <source>Search in document</source>
        <translation>Søk i dokumentet</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Neste side</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Tilpass bredde</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Tilpass</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Forrige treff</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Neste treff</translation>
    </message>
    <message>
        <source>Note on this page…</source>
        <translation>Notat på denne siden…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notat…</translation>
    </message>
    <message>
        <source>Highlight the search hit…</source>
        <translation>Marker søketreffet…</translation>
    </message>
    <message>
        <source>The whole meeting pack (built when chosen)</source>
        <translation>Hele møtepakken (lages når du velger den)</translation>
    </message>
    <message>
        <source>The whole meeting pack ({pages} pages)</source>
        <translation>Hele møtepakken ({pages} sider)</translation>
    </message>
    <message>
        <source>Meeting {meeting} has no case papers. Choose the whole meeting pack to read its agenda.</source>
        <translation>Møte {meeting} har ingen saksdokumenter. Velg hele møtepakken for å lese sakslisten.</translation>
    </message>
    <message>
        <source>Focus mode: hide the navigator</source>
        <translation>Lesemodus: skjul navigatoren</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Lesemodus</translation>
    </message>
    <message>
        <source>Building the meeting pack…</source>
        <translation>Lager møtepakken…</translation>
    </message>
    <message>
        <source>This document cannot be shown: {error}</source>
        <translation>Dokumentet kan ikke vises: {error}</translation>
    </message>
    <message>
        <source>of {pages}</source>
        <translation>av {pages}</translation>
    </message>
    <message>
        <source>Changed since you last read this document</source>
        <translation>Endret siden du sist leste dokumentet</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Side {page}</translation>
    </message>
    <message>
        <source>Page {page} changed since you last read this document.</source>
        <translation>Side {page} er endret siden du sist leste dokumentet.</translation>
    </message>
    <message>
        <source>Changed since you last read it: page {pages}</source>
        <translation>Endret siden du sist leste: side {pages}</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Ingen treff</translation>
    </message>
    <message>
        <source>{hit} of {hits}</source>
        <translation>{hit} av {hits}</translation>
    </message>
    <message>
        <source>Search for the words first</source>
        <translation>Søk etter ordene først</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} av {pages}</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>The meeting</source>
        <translation>Møtet</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Saken</translation>
    </message>
    <message>
        <source>The project card</source>
        <translation>Prosjektkortet</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Changes are saved as you type. Undo with Ctrl+Z.</source>
        <translation>Endringer lagres mens du skriver. Angre med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>Not saved: the card was changed elsewhere.</source>
        <translation>Ikke lagret: kortet ble endret et annet sted.</translation>
    </message>
    <message>
        <source>The project card</source>
        <translation>Prosjektkortet</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>Slette {what}?</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it back.</source>
        <translation>Angre (Ctrl+Z) henter det tilbake.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
</context>
<context>
    <name>FieldTexts</name>
    <message>
        <source>Risk owner</source>
        <translation>Risikoeier</translation>
    </message>
    <message>
        <source>Change since last report</source>
        <translation>Endring siden forrige rapport</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Prosjektnummer</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktør</translation>
    </message>
    <message>
        <source>Project owner</source>
        <translation>Prosjekteier</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>Prosjektleder</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Phase starts</source>
        <translation>Fasen starter</translation>
    </message>
    <message>
        <source>Phase ends</source>
        <translation>Fasen slutter</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Sluttdato</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Innsatsområde</translation>
    </message>
    <message>
        <source>Approved frame (NOK)</source>
        <translation>Godkjent ramme (kr)</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Skjerming</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Implementation strategy</source>
        <translation>Innføringsstrategi</translation>
    </message>
    <message>
        <source>Benefit prerequisites</source>
        <translation>Forutsetninger for gevinst</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Rapportdato</translation>
    </message>
    <message>
        <source>Overall status</source>
        <translation>Overordnet status</translation>
    </message>
    <message>
        <source>Status comment</source>
        <translation>Statuskommentar</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikonivå</translation>
    </message>
    <message>
        <source>Risk comment</source>
        <translation>Risikokommentar</translation>
    </message>
    <message>
        <source>Manager's assessment</source>
        <translation>Prosjektleders vurdering</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Planned (baseline)</source>
        <translation>Planlagt (opprinnelig)</translation>
    </message>
    <message>
        <source>Forecast (current report)</source>
        <translation>Prognose (denne rapporten)</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
    <message>
        <source>Action on delay</source>
        <translation>Tiltak ved forsinkelse</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Probability (1–5)</source>
        <translation>Sannsynlighet (1–5)</translation>
    </message>
    <message>
        <source>Consequence (1–5)</source>
        <translation>Konsekvens (1–5)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifisert</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Dato avsluttet</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Depends on (actor)</source>
        <translation>Avhenger av (aktør)</translation>
    </message>
    <message>
        <source>Depends on (project)</source>
        <translation>Avhenger av (prosjekt)</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Hva trengs</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Brukes til</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalitet</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Agreed plan</source>
        <translation>Omforent plan</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Approved (NOK)</source>
        <translation>Godkjent (kr)</translation>
    </message>
    <message>
        <source>Booked (NOK)</source>
        <translation>Bokført (kr)</translation>
    </message>
    <message>
        <source>Forecast (NOK)</source>
        <translation>Prognose (kr)</translation>
    </message>
    <message>
        <source>{field} must be filled in.</source>
        <translation>{field} må fylles ut.</translation>
    </message>
    <message>
        <source>{field}: «{value}» is not a date. Write it as 31.12.2024.</source>
        <translation>{field}: «{value}» er ikke en dato. Skriv den som 31.12.2024.</translation>
    </message>
    <message>
        <source>{field}: «{value}» is not a whole number.</source>
        <translation>{field}: «{value}» er ikke et heltall.</translation>
    </message>
    <message>
        <source>{field}: «{value}» must be between 1 and 5.</source>
        <translation>{field}: «{value}» må være mellom 1 og 5.</translation>
    </message>
    <message>
        <source>{field}: «{value}» is not one of the choices.</source>
        <translation>{field}: «{value}» er ikke et av valgene.</translation>
    </message>
    <message>
        <source>{field}: «{value}» must be after the previous report&apos;s date, {date}.</source>
        <translation>{field}: «{value}» må være etter datoen for forrige rapport, {date}.</translation>
    </message>
    <message>
        <source>{field}: «{value}» must be before the next report&apos;s date, {date}.</source>
        <translation>{field}: «{value}» må være før datoen for neste rapport, {date}.</translation>
    </message>
    <message>
        <source>{field}: choose another project from the list.</source>
        <translation>{field}: velg et annet prosjekt fra listen.</translation>
    </message>
    <message>
        <source>{field}: the project has no status report yet. Start one first (Edit → New status report).</source>
        <translation>{field}: prosjektet har ingen statusrapport ennå. Opprett en først (Rediger → Ny statusrapport).</translation>
    </message>
</context>
<context>
    <name>InviteesDialog</name>
    <message>
        <source>Invitees and copy to</source>
        <translation>Innkalte og kopi til</translation>
    </message>
    <message>
        <source>Members invited</source>
        <translation>Innkalte medlemmer</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gjester</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Kopi til</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Add to {list}</source>
        <translation>Legg til i {list}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove from {list}</source>
        <translation>Fjern fra {list}</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>Add (Ctrl+N)</source>
        <translation>Legg til (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slett…</translation>
    </message>
    <message>
        <source>Delete the chosen row (Delete)</source>
        <translation>Slett den valgte raden (Delete)</translation>
    </message>
    <message>
        <source>None yet. «Add» (Ctrl+N) makes one.</source>
        <translation>Ingen ennå. «Legg til» (Ctrl+N) lager en.</translation>
    </message>
</context>
<context>
    <name>LiveCase</name>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>00:00</source>
        <translation>00:00</translation>
    </message>
    <message>
        <source>Time on this case against the time allotted</source>
        <translation>Tid brukt på saken mot avsatt tid</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <source>Previous case (Ctrl+PgUp)</source>
        <translation>Forrige sak (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Neste ▶</translation>
    </message>
    <message>
        <source>Next case (Ctrl+PgDown)</source>
        <translation>Neste sak (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>&amp;Notes for the minutes</source>
        <translation>&amp;Notater til protokollen</translation>
    </message>
    <message>
        <source>Notes for the minutes</source>
        <translation>Notater til protokollen</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>Ve&amp;dtak</translation>
    </message>
    <message>
        <source>Start again from the proposal</source>
        <translation>Start på nytt fra forslaget</translation>
    </message>
    <message>
        <source>Decision text</source>
        <translation>Vedtakstekst</translation>
    </message>
    <message>
        <source>Unanim&amp;ous</source>
        <translation>&amp;Enstemmig</translation>
    </message>
    <message>
        <source>Vo&amp;te:</source>
        <translation>Av&amp;stemning:</translation>
    </message>
    <message>
        <source>for</source>
        <translation>for</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Stemmer for</translation>
    </message>
    <message>
        <source>against</source>
        <translation>mot</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Stemmer mot</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>blanke</translation>
    </message>
    <message>
        <source>Blank votes</source>
        <translation>Blanke stemmer</translation>
    </message>
    <message>
        <source>Di&amp;ssent</source>
        <translation>D&amp;issens</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Dissens</translation>
    </message>
    <message>
        <source>Who voted against, and their view as it is to be minuted</source>
        <translation>Hvem stemte mot, og deres syn slik det skal protokolleres</translation>
    </message>
    <message>
        <source>Disqualified: none</source>
        <translation>Inhabil: ingen</translation>
    </message>
    <message>
        <source>Members disqualified for this case</source>
        <translation>Medlemmer som er inhabile i saken</translation>
    </message>
    <message>
        <source>Action points</source>
        <translation>Aksjonspunkter</translation>
    </message>
    <message>
        <source>Action points of this case</source>
        <translation>Aksjonspunkter i saken</translation>
    </message>
    <message>
        <source>New action point: what</source>
        <translation>Nytt aksjonspunkt: hva</translation>
    </message>
    <message>
        <source>New action point: what (Enter adds)</source>
        <translation>Hva skal gjøres (Enter legger til)</translation>
    </message>
    <message>
        <source>New action point: who</source>
        <translation>Nytt aksjonspunkt: ansvarlig</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>New action point: due date</source>
        <translation>Nytt aksjonspunkt: frist</translation>
    </message>
    <message>
        <source>Due dd.mm.yyyy</source>
        <translation>Frist dd.mm.åååå</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
</context>
<context>
    <name>LiveMeeting</name>
    <message>
        <source>&amp;Record the conclusion</source>
        <translation>&amp;Registrer konklusjonen</translation>
    </message>
    <message>
        <source>&amp;Record the decision</source>
        <translation>&amp;Registrer vedtaket</translation>
    </message>
    <message>
        <source>Record what is typed as the conclusion (Ctrl+Enter)</source>
        <translation>Registrer det du har skrevet, som konklusjon (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Record what is typed as the decision, unanimous (Ctrl+Enter)</source>
        <translation>Registrer det du har skrevet, som vedtak, enstemmig (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Record what is typed, or that the case was noted, as the conclusion (Ctrl+Enter)</source>
        <translation>Registrer det du har skrevet, eller «Tatt til orientering», som konklusjon (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Conclusion (not recorded)</source>
        <translation>&amp;Konklusjon (ikke registrert)</translation>
    </message>
    <message>
        <source>&amp;Decision (not recorded)</source>
        <translation>Ve&amp;dtak (ikke registrert)</translation>
    </message>
    <message>
        <source>Nothing recorded: this case has no proposed decision. Type the decision first.</source>
        <translation>Ingenting registrert: saken har ikke forslag til vedtak. Skriv vedtaket først.</translation>
    </message>
    <message>
        <source>Nothing recorded: what you typed is kept.</source>
        <translation>Ingenting registrert: det du skrev, er beholdt.</translation>
    </message>
    <message>
        <source>The decision as typed: «{text}»</source>
        <translation>Vedtaket slik det er skrevet: «{text}»</translation>
    </message>
    <message>
        <source>The dissent: «{text}»</source>
        <translation>Dissensen: «{text}»</translation>
    </message>
    <message>
        <source>The counted vote</source>
        <translation>Stemmetellingen</translation>
    </message>
    <message>
        <source>Record the decision as proposed and unanimous? This replaces:</source>
        <translation>Registrere vedtaket som foreslått og enstemmig? Dette erstatter:</translation>
    </message>
    <message>
        <source>Ctrl+Z in the field brings the text back.</source>
        <translation>Ctrl+Z i feltet henter teksten tilbake.</translation>
    </message>
    <message>
        <source>Adopted as proposed</source>
        <translation>Vedtatt som foreslått</translation>
    </message>
    <message>
        <source>The meeting is the secretary&apos;s: you can read it and write notes, not record it.</source>
        <translation>Møtet er sekretærens: du kan lese det og skrive notater, ikke føre det.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Saksliste</translation>
    </message>
    <message>
        <source>Agenda; the current case is selected</source>
        <translation>Saksliste; saken som behandles er valgt</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>All &amp;present</source>
        <translation>Alle &amp;til stede</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Lagringsstatus</translation>
    </message>
    <message>
        <source>&amp;Close the meeting…</source>
        <translation>&amp;Avslutt møtet…</translation>
    </message>
    <message>
        <source>Open action points from earlier meetings</source>
        <translation>Åpne aksjonspunkter fra tidligere møter</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>Fra møte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No case on the agenda</source>
        <translation>Ingen sak på sakslisten</translation>
    </message>
    <message>
        <source>Presenter: {name}</source>
        <translation>Innleder: {name}</translation>
    </message>
    <message>
        <source>Proposed decision: {text}</source>
        <translation>Forslag til vedtak: {text}</translation>
    </message>
    <message>
        <source>&amp;Decision (recorded)</source>
        <translation>Ve&amp;dtak (registrert)</translation>
    </message>
    <message>
        <source>&amp;Decision (the proposal; recorded once you edit it)</source>
        <translation>Ve&amp;dtak (forslaget; registreres når du endrer det)</translation>
    </message>
    <message>
        <source>Disqualified: {names}</source>
        <translation>Inhabil: {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>Vedtaket</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Saken</translation>
    </message>
    <message>
        <source>Not saved: changed elsewhere</source>
        <translation>Ikke lagret: endret et annet sted</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>All changes saved {time}</source>
        <translation>Alle endringer lagret {time}</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Write the due date as dd.mm.yyyy, e.g. 10.01.2022.</source>
        <translation>Skriv fristen som dd.mm.åååå, f.eks. 10.01.2022.</translation>
    </message>
    <message>
        <source>Status of {action}</source>
        <translation>Status for {action}</translation>
    </message>
    <message>
        <source>Close the meeting?</source>
        <translation>Avslutte møtet?</translation>
    </message>
    <message>
        <source>Are you sure? %1.</source>
        <translation>Er du sikker? %1.</translation>
    </message>
    <message>
        <source>The meeting has no chair</source>
        <translation>Møtet har ingen møteleder</translation>
    </message>
    <message>
        <source>No one is recorded as present</source>
        <translation>Ingen er registrert som til stede</translation>
    </message>
    <message>
        <source>&amp;Adopted as proposed</source>
        <translation>Vedtatt som foresl&amp;ått</translation>
    </message>
    <message>
        <source>Record the proposal as the decision, unanimous (Ctrl+Enter)</source>
        <translation>Registrer forslaget som vedtak, enstemmig (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Noted</source>
        <translation>Tatt til &amp;orientering</translation>
    </message>
    <message>
        <source>&amp;Conclusion (recorded)</source>
        <translation>&amp;Konklusjon (registrert)</translation>
    </message>
    <message>
        <source>&amp;Conclusion (not recorded yet)</source>
        <translation>&amp;Konklusjon (ikke registrert ennå)</translation>
    </message>
    <message>
        <source>&amp;Decision (the proposal; not recorded yet)</source>
        <translation>Ve&amp;dtak (forslaget; ikke registrert ennå)</translation>
    </message>
    <message>
        <source>The minutes are approved: nothing here can be changed. Add a correction as an amendment under «Minutes».</source>
        <translation>Protokollen er godkjent: ingenting her kan endres. Legg inn en rettelse som tillegg under «Protokoll».</translation>
    </message>
    <message>
        <source>The minutes are approved and locked: nothing here can be changed. Add a correction as an amendment under «Minutes».</source>
        <translation>Protokollen er godkjent og låst: ingenting her kan endres. Legg inn en rettelse som tillegg under «Protokoll».</translation>
    </message>
    <message>
        <source>Not saved: too many votes</source>
        <translation>Ikke lagret: for mange stemmer</translation>
    </message>
    <message>
        <source>{counted} votes are counted, but only {voters} may vote on this case: {present} present, {disqualified} disqualified. Correct the count; nothing of the vote is saved until it fits.</source>
        <translation>{counted} stemmer er talt opp, men bare {voters} kan stemme i denne saken: {present} til stede, {disqualified} inhabile. Rett opptellingen; ingenting av avstemningen lagres før den stemmer.</translation>
    </message>
    <message>
        <source>Too many votes</source>
        <translation>For mange stemmer</translation>
    </message>
    <message>
        <source>When the meeting ends, the case clocks stop and the minutes go on as a draft for adjustment and approval. Notes and decisions can still be corrected until the minutes are approved.</source>
        <translation>Når møtet avsluttes, stopper saksklokkene, og protokollen går videre som utkast til justering og godkjenning. Referat og vedtak kan fortsatt rettes til protokollen er godkjent.</translation>
    </message>
    <message>
        <source>These cases have no decision or conclusion:</source>
        <translation>Disse sakene har verken vedtak eller konklusjon:</translation>
    </message>
    <message>
        <source>End the meeting now?</source>
        <translation>Avslutte møtet nå?</translation>
    </message>
    <message>
        <source>End the meeting?</source>
        <translation>Avslutte møtet?</translation>
    </message>
    <message>
        <source>Protocol &amp;remark</source>
        <translation>&amp;Protokolltilførsel</translation>
    </message>
    <message>
        <source>Protocol remark</source>
        <translation>Protokolltilførsel</translation>
    </message>
    <message>
        <source>A member's statement to be entered in the minutes, and whose</source>
        <translation>En uttalelse som skal føres inn i protokollen, og hvem den er fra</translation>
    </message>
</context>
<context>
    <name>MainArea</name>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>Søk i alt (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Boards, projects and meetings</source>
        <translation>Styrer, prosjekter og møter</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Søkeresultater</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <source>Only a board&apos;s secretary sets up its meetings. Board → Who I am… sets your role.</source>
        <translation>Bare styrets sekretær setter opp møtene. Styre → Hvem er jeg… angir rollen din.</translation>
    </message>
    <message>
        <source>&amp;Home page</source>
        <translation>&amp;Hjemmeside</translation>
    </message>
    <message>
        <source>&amp;Short guide</source>
        <translation>&amp;Kort veiledning</translation>
    </message>
    <message>
        <source>{added} new, {updated} updated, {unchanged} unchanged note(s)</source>
        <translation>{added} nye, {updated} oppdaterte, {unchanged} uendrede notat(er)</translation>
    </message>
    <message>
        <source>{file} was not imported; nothing was changed.

{error}</source>
        <translation>{file} ble ikke importert; ingenting er endret.

{error}</translation>
    </message>
    <message>
        <source>&amp;Action points…</source>
        <translation>&amp;Aksjonspunkter…</translation>
    </message>
    <message>
        <source>&amp;Budget lines…</source>
        <translation>&amp;Budsjettlinjer…</translation>
    </message>
    <message>
        <source>&amp;Cases of the year…</source>
        <translation>Årets &amp;saker…</translation>
    </message>
    <message>
        <source>&amp;Decision register…</source>
        <translation>&amp;Vedtaksregister…</translation>
    </message>
    <message>
        <source>&amp;Dependencies…</source>
        <translation>A&amp;vhengigheter…</translation>
    </message>
    <message>
        <source>&amp;Export meeting bundle…</source>
        <translation>&amp;Eksporter møtefil…</translation>
    </message>
    <message>
        <source>&amp;Import meeting bundle…</source>
        <translation>&amp;Importer møtefil…</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Møter</translation>
    </message>
    <message>
        <source>&amp;Milestones…</source>
        <translation>&amp;Milepæler…</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nytt møte…</translation>
    </message>
    <message>
        <source>&amp;New status report…</source>
        <translation>&amp;Ny statusrapport…</translation>
    </message>
    <message>
        <source>&amp;Read the meeting's documents</source>
        <translation>&amp;Les møtedokumentene</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;Lesing</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose a meeting in the navigator first.</source>
        <translation>Velg et møte i navigatoren først.</translation>
    </message>
    <message>
        <source>Edit &amp;status report…</source>
        <translation>Rediger &amp;statusrapport…</translation>
    </message>
    <message>
        <source>Edit project &amp;card…</source>
        <translation>Rediger prosjekt&amp;kort…</translation>
    </message>
    <message>
        <source>Export meeting bundle</source>
        <translation>Eksporter møtefil</translation>
    </message>
    <message>
        <source>Export my &amp;shared notes…</source>
        <translation>Eksporter mine &amp;delte notater…</translation>
    </message>
    <message>
        <source>Export my shared notes</source>
        <translation>Eksporter mine delte notater</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importen mislyktes</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importen er fullført</translation>
    </message>
    <message>
        <source>Import meeting bundle</source>
        <translation>Importer møtefil</translation>
    </message>
    <message>
        <source>Import shared &amp;notes…</source>
        <translation>Importer delte &amp;notater…</translation>
    </message>
    <message>
        <source>Import shared notes</source>
        <translation>Importer delte notater</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importerer {file}…</translation>
    </message>
    <message>
        <source>Meeting bundles (*.bdpack)</source>
        <translation>Møtefiler (*.bdpack)</translation>
    </message>
    <message>
        <source>Open a project first: editing works on the project shown.</source>
        <translation>Åpne et prosjekt først: redigering gjelder prosjektet som vises.</translation>
    </message>
    <message>
        <source>Password to protect the bundle (empty for none):</source>
        <translation>Passord for å beskytte møtefilen (tomt for ingen):</translation>
    </message>
    <message>
        <source>R&amp;isks and measures…</source>
        <translation>R&amp;isiko og tiltak…</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>Shared notes (*.bdnotes)</source>
        <translation>Delte notater (*.bdnotes)</translation>
    </message>
    <message>
        <source>The bundle is protected. Password:</source>
        <translation>Møtefilen er beskyttet. Passord:</translation>
    </message>
    <message>
        <source>The project has no status report yet: start one first.</source>
        <translation>Prosjektet har ingen statusrapport ennå: opprett en først.</translation>
    </message>
    <message>
        <source>Wrote {file} (revision {revision})</source>
        <translation>Lagret {file} (versjon {revision})</translation>
    </message>
    <message>
        <source>Wrote {count} shared note(s); private notes stay here</source>
        <translation>Lagret {count} delte notat(er); private notater blir her</translation>
    </message>
    <message>
        <source>BoardDesk</source>
        <translation>BoardDesk</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbake</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Fram</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>Go to &amp;navigator</source>
        <translation>Gå til &amp;navigatoren</translation>
    </message>
    <message>
        <source>Go to &amp;details</source>
        <translation>Gå til &amp;detaljer</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer JSON…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Eksporter JSON…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About BoardDesk</source>
        <translation>&amp;Om BoardDesk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Det nye språket tas i bruk ved neste oppstart.</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>Importer JSON</translation>
    </message>
    <message>
        <source>BoardDesk JSON (*.json)</source>
        <translation>BoardDesk JSON (*.json)</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Eksporter JSON</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Eksportert til {path}</translation>
    </message>
    <message>
        <source>About BoardDesk</source>
        <translation>Om BoardDesk</translation>
    </message>
    <message>
        <source>BoardDesk %1
Meeting packs, project status and minutes for programme boards.</source>
        <translation>BoardDesk %1
Møtepakker, prosjektstatus og protokoller for programstyrer.</translation>
    </message>
    <message>
        <source>The bundle for board {board} is signed by another key than the secretary&apos;s key pinned here. It may be forged.</source>
        <translation>Møtefilen for styret {board} er signert med en annen nøkkel enn sekretærens nøkkel som er festet her. Den kan være forfalsket.</translation>
    </message>
    <message>
        <source>Pinned key (since {since}):</source>
        <translation>Festet nøkkel (siden {since}):</translation>
    </message>
    <message>
        <source>Key of this bundle:</source>
        <translation>Nøkkelen til denne møtefilen:</translation>
    </message>
    <message>
        <source>Trust the new key only if the secretary has told you its fingerprint in person or by phone. Trust the new key?</source>
        <translation>Stol bare på den nye nøkkelen hvis sekretæren har gitt deg fingeravtrykket personlig eller på telefon. Stol på den nye nøkkelen?</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Sa&amp;ksliste</translation>
    </message>
    <message>
        <source>&amp;Live meeting</source>
        <translation>Gjenn&amp;omføring</translation>
    </message>
    <message>
        <source>Min&amp;utes</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>minutes: draft</source>
        <translation>protokoll: utkast</translation>
    </message>
    <message>
        <source>minutes: sent for adjustment</source>
        <translation>protokoll: sendt til justering</translation>
    </message>
    <message>
        <source>minutes: approved</source>
        <translation>protokoll: godkjent</translation>
    </message>
    <message>
        <source>minutes: approved and locked</source>
        <translation>protokoll: godkjent og låst</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <source>chair {chair}</source>
        <translation>møteleder {chair}</translation>
    </message>
    <message>
        <source>no chair</source>
        <translation>ingen møteleder</translation>
    </message>
    <message>
        <source>Meeting {meeting}</source>
        <translation>Møte {meeting}</translation>
    </message>
</context>
<context>
    <name>MilestoneCharts</name>
    <message>
        <source>This project has no milestones: none were reported for it.</source>
        <translation>Prosjektet har ingen milepæler: ingen er rapportert for det.</translation>
    </message>
    <message>
        <source>This programme reports no milestones of its own; its sub-projects do: {projects}</source>
        <translation>Programmet rapporterer ingen egne milepæler; det gjør delprosjektene: {projects}</translation>
    </message>
    <message>
        <source>Overdue: past its date, not delivered</source>
        <translation>Forsinket: over fristen, ikke levert</translation>
    </message>
    <message>
        <source>Overdue on {date}: not delivered</source>
        <translation>Forsinket per {date}: ikke levert</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Milestone timeline</source>
        <translation>Tidslinje for milepæler</translation>
    </message>
    <message>
        <source>Milestone trend chart</source>
        <translation>Milepælstrend</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Rapportdato</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Timeline: original plan, current forecast, today</source>
        <translation>Tidslinje: opprinnelig plan, gjeldende prognose, i dag</translation>
    </message>
    <message>
        <source>Milestone trend: forecast date per report</source>
        <translation>Milepælstrend: prognosedato per rapport</translation>
    </message>
    <message>
        <source>Zoom with the mouse wheel or + and −, pan by dragging or with the arrow keys, 0 shows all.</source>
        <translation>Zoom med musehjulet eller + og −, flytt ved å dra eller med piltastene, 0 viser alt.</translation>
    </message>
    <message>
        <source>No milestones reported</source>
        <translation>Ingen milepæler rapportert</translation>
    </message>
    <message>
        <source>No milestone forecasts reported</source>
        <translation>Ingen milepælsprognoser rapportert</translation>
    </message>
    <message>
        <source>Original plan</source>
        <translation>Opprinnelig plan</translation>
    </message>
    <message>
        <source>Forecast, on plan</source>
        <translation>Prognose, i rute</translation>
    </message>
    <message>
        <source>Forecast, later than planned</source>
        <translation>Prognose, senere enn planlagt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>forecast = report date</source>
        <translation>prognose = rapportdato</translation>
    </message>
</context>
<context>
    <name>MilestoneEditor</name>
    <message>
        <source>Milestones</source>
        <translation>Milepæler</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Ny milepæl</translation>
    </message>
    <message>
        <source>Its forecast in every status report is deleted with it.</source>
        <translation>Prognosene for den i alle statusrapporter slettes også.</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <source>Minutes of meeting {number}</source>
        <translation>Protokoll fra møte {number}</translation>
    </message>
    <message>
        <source>(deputy for {name})</source>
        <translation>(vara for {name})</translation>
    </message>
    <message>
        <source>Votes: {votes_for} for, {votes_against} against, {votes_blank} blank.</source>
        <translation>Stemmer: {votes_for} for, {votes_against} mot, {votes_blank} blanke.</translation>
    </message>
    <message>
        <source>approved {date}</source>
        <translation>godkjent {date}</translation>
    </message>
    <message>
        <source>by meeting {meeting}</source>
        <translation>i møte {meeting}</translation>
    </message>
    <message>
        <source>in case {number}</source>
        <translation>i sak {number}</translation>
    </message>
    <message>
        <source>{names} arrived.</source>
        <translation>{names} kom til møtet.</translation>
    </message>
    <message>
        <source>{names} left the meeting.</source>
        <translation>{names} forlot møtet.</translation>
    </message>
    <message>
        <source>sent for adjustment</source>
        <translation>sendt til justering</translation>
    </message>
    <message>
        <source>inferred from other papers, not from the minutes</source>
        <translation>utledet fra andre saksdokumenter, ikke fra protokollen</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Kildemerknad</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Action points</source>
        <translation>Aksjonspunkter</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Justering</translation>
    </message>
    <message>
        <source>Amendments after approval</source>
        <translation>Endringer etter godkjenning</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Møteleder</translation>
    </message>
    <message>
        <source>Changes to the published agenda</source>
        <translation>Endringer i den publiserte sakslisten</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Inhabil</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Dissens</translation>
    </message>
    <message>
        <source>Minutes status</source>
        <translation>Protokollstatus</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>møteleder</translation>
    </message>
    <message>
        <source>co-signer</source>
        <translation>medunderskriver</translation>
    </message>
    <message>
        <source>Unanimous.</source>
        <translation>Enstemmig.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>låst</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Konklusjon</translation>
    </message>
    <message>
        <source>Protocol remark</source>
        <translation>Protokolltilførsel</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>{person} (deputy for {member})</source>
        <translation>{person} (vara for {member})</translation>
    </message>
    <message>
        <source>Send the minutes for adjustment</source>
        <translation>Send protokollen til justering</translation>
    </message>
    <message>
        <source>The minutes go for adjustment to the chair, {chair}, and to the co-signers ticked below.</source>
        <translation>Protokollen sendes til justering hos møteleder, {chair}, og medunderskriverne som er krysset av nedenfor.</translation>
    </message>
    <message>
        <source>The minutes go for adjustment to the co-signers ticked below (the meeting has no chair).</source>
        <translation>Protokollen sendes til justering hos medunderskriverne som er krysset av nedenfor (møtet har ingen møteleder).</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Send for ad&amp;justment…</source>
        <translation>Send til &amp;justering…</translation>
    </message>
    <message>
        <source>Record a remar&amp;k…</source>
        <translation>Før inn merkn&amp;ad…</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>Godkje&amp;nn…</translation>
    </message>
    <message>
        <source>L&amp;ock</source>
        <translation>L&amp;ås</translation>
    </message>
    <message>
        <source>Add an amen&amp;dment…</source>
        <translation>Før inn en&amp;dring…</translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation>Medunderskrivere</translation>
    </message>
    <message>
        <source>Remark on the minutes</source>
        <translation>Merknad til protokollen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;Remark</source>
        <translation>&amp;Merknad</translation>
    </message>
    <message>
        <source>(not at a meeting)</source>
        <translation>(ikke i et møte)</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Godkjenn protokollen</translation>
    </message>
    <message>
        <source>Approved &amp;on</source>
        <translation>Godkjent &amp;den</translation>
    </message>
    <message>
        <source>&amp;By meeting</source>
        <translation>I &amp;møte</translation>
    </message>
    <message>
        <source>In &amp;case</source>
        <translation>I &amp;sak</translation>
    </message>
    <message>
        <source>Amendment to approved minutes</source>
        <translation>Endring i godkjent protokoll</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begrunnelse</translation>
    </message>
    <message>
        <source>&amp;Correction</source>
        <translation>&amp;Rettelse</translation>
    </message>
    <message>
        <source>«{typed}» is not a date. Write it as dd.mm.yyyy, e.g. 19.01.2022.</source>
        <translation>«{typed}» er ikke en dato. Skriv den som dd.mm.åååå, f.eks. 19.01.2022.</translation>
    </message>
    <message>
        <source>Lock the minutes?</source>
        <translation>Låse protokollen?</translation>
    </message>
    <message>
        <source>Locked minutes are final: no one can change them, and a correction can only be added as an amendment shown with them. Lock now?</source>
        <translation>En låst protokoll er endelig: ingen kan endre den, og en rettelse kan bare legges til som et tillegg som vises sammen med den. Låse nå?</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Home</source>
        <translation>Hjem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefølje</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Styre</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Number in the year</source>
        <translation>&amp;Nummer i året</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Fra kl.</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Til kl.</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>St&amp;ed</translation>
    </message>
    <message>
        <source>The chair, the members as invitees and the standard items are filled in; change them after.</source>
        <translation>Møteleder, medlemmene som innkalte og de faste sakene fylles inn; endre dem etterpå.</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy, e.g. 19.01.2022.</source>
        <translation>Skriv datoen som dd.mm.åååå, f.eks. 19.01.2022.</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New status report</source>
        <translation>Ny statusrapport</translation>
    </message>
    <message>
        <source>The new report starts as a copy of the latest one: ratings, comments, milestone forecasts and risk assessments. Change only what has changed.</source>
        <translation>Den nye rapporten starter som en kopi av den forrige: vurderinger, kommentarer, milepælsprognoser og risikovurderinger. Endre bare det som er endret.</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Rapporteringsperiode</translation>
    </message>
    <message>
        <source>(the next period)</source>
        <translation>(neste periode)</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Sticky note</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <source>Sticky note by «{quote}»</source>
        <translation>Lapp ved «{quote}»</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Gjelder:</translation>
    </message>
    <message>
        <source>What the note is on</source>
        <translation>Hva notatet gjelder</translation>
    </message>
    <message>
        <source>Marked: «{quote}»</source>
        <translation>Markert: «{quote}»</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notattekst</translation>
    </message>
    <message>
        <source>&amp;Shared with the board (private otherwise)</source>
        <translation>&amp;Delt med styret (ellers privat)</translation>
    </message>
    <message>
        <source>&amp;Question for the meeting</source>
        <translation>&amp;Spørsmål til møtet</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Sticky note by «{quote}»</source>
        <translation>Lapp ved «{quote}»</translation>
    </message>
    <message>
        <source>Notes in this document</source>
        <translation>Notater i dette dokumentet</translation>
    </message>
    <message>
        <source>My notes for this meeting</source>
        <translation>Mine notater til dette møtet</translation>
    </message>
    <message>
        <source>Also notes others &amp;shared</source>
        <translation>Også notater andre har &amp;delt</translation>
    </message>
    <message>
        <source>New note on the meeting…</source>
        <translation>Nytt notat til møtet…</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Dokumentet</translation>
    </message>
    <message>
        <source>My notes: meeting</source>
        <translation>Mine møtenotater</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Rediger notat…</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Slett notat</translation>
    </message>
    <message>
        <source>Question for the meeting</source>
        <translation>Spørsmål til møtet</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>delt</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>On an earlier version</source>
        <translation>På en tidligere versjon</translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>s. {page}</translation>
    </message>
    <message>
        <source>Words changed: {before} → {now}</source>
        <translation>Endrede ord: {before} → {now}</translation>
    </message>
    <message>
        <source>The pack is for reading. Notes are made on each case document.</source>
        <translation>Møtepakken er for lesing. Notater skrives i hvert saksdokument.</translation>
    </message>
    <message>
        <source>The marked words were changed in this version of the document.</source>
        <translation>De markerte ordene er endret i denne versjonen av dokumentet.</translation>
    </message>
    <message>
        <source>No notes yet. Drag over words to highlight them; double-click to place a sticky note (Ctrl+Alt+N).</source>
        <translation>Ingen notater ennå. Dra over ord for å utheve dem; dobbeltklikk for å feste en lapp (Ctrl+Alt+N).</translation>
    </message>
    <message>
        <source>Decision: {decision}</source>
        <translation>Vedtak: {decision}</translation>
    </message>
    <message>
        <source>No notes for this meeting yet.</source>
        <translation>Ingen notater til dette møtet ennå.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Notatet</translation>
    </message>
    <message>
        <source>Delete this note for good?</source>
        <translation>Slette notatet for godt?</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Key figures of the period</source>
        <translation>Periodens nøkkeltall</translation>
    </message>
    <message>
        <source>Key &amp;figures</source>
        <translation>&amp;Nøkkeltall</translation>
    </message>
    <message>
        <source>The report gives no key figures.</source>
        <translation>Rapporten oppgir ingen nøkkeltall.</translation>
    </message>
    <message>
        <source>Worst area (derived)</source>
        <translation>Dårligste område (avledet)</translation>
    </message>
    <message>
        <source>The reports give no overall status: each project&apos;s worst area rating (marked * in the table), counted instead.</source>
        <translation>Rapportene gir ingen samlet status: hvert prosjekts dårligste områdevurdering (merket * i tabellen) er telt i stedet.</translation>
    </message>
    <message>
        <source>Portfolio overview</source>
        <translation>Porteføljeoversikt</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Rapporteringsperiode</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Projects by status and risk</source>
        <translation>Prosjekter etter status og risiko</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>Pr&amp;osjekter</translation>
    </message>
    <message>
        <source>Red &amp;dependencies</source>
        <translation>Røde &amp;avhengigheter</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budsjett</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Prosjekter</translation>
    </message>
    <message>
        <source>Filter by name, segment, phase, actor, focus area</source>
        <translation>Filtrer på navn, segment, fase, aktør, innsatsområde</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>Filtrer prosjekter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Risk filter</source>
        <translation>Risikofilter</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Alle risikonivå</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>Fil&amp;ter:</translation>
    </message>
    <message>
        <source>Red dependencies</source>
        <translation>Røde avhengigheter</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Avhenger av</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalitet</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Reading projects…</source>
        <translation>Leser prosjekter…</translation>
    </message>
    <message>
        <source>The projects could not be read: {error}</source>
        <translation>Prosjektene kunne ikke leses: {error}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>now ({now}) against {before}</source>
        <translation>nå ({now}) mot {before}</translation>
    </message>
    <message>
        <source>{period}; there is no earlier period to compare with</source>
        <translation>{period}; ingen tidligere periode å sammenligne med</translation>
    </message>
    <message>
        <source>latest reports; the board has no reporting periods</source>
        <translation>siste rapporter; styret har ingen rapporteringsperioder</translation>
    </message>
    <message>
        <source>{share} {rating} against {before}</source>
        <translation>{share} {rating} mot {before}</translation>
    </message>
    <message>
        <source>{shown} of {total} projects</source>
        <translation>{shown} av {total} prosjekter</translation>
    </message>
    <message>
        <source>Red &amp;dependencies ({count})</source>
        <translation>Røde &amp;avhengigheter ({count})</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print preview – {title}</source>
        <translation>Forhåndsvisning – {title}</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Sidenummer</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>of {pages}</source>
        <translation>av {pages}</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Tilpass bredde</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Hele siden</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lagre som PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Miniatyrbilder av sidene</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Side {page}</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>The printer could not be opened</source>
        <translation>Skriveren kunne ikke åpnes</translation>
    </message>
    <message>
        <source>Page {page} could not be rendered</source>
        <translation>Side {page} kunne ikke gjengis</translation>
    </message>
    <message>
        <source>The document to print could not be read: {file}</source>
        <translation>Dokumentet som skal skrives ut, kunne ikke leses: {file}</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Utskrift</translation>
    </message>
    <message>
        <source>&amp;Invitation with agenda</source>
        <translation>&amp;Innkalling med saksliste</translation>
    </message>
    <message>
        <source>Meeting &amp;pack</source>
        <translation>Møte&amp;pakke</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>P&amp;rotokoll</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Forhånds&amp;visning…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lagre som PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;archive copy (PDF/A)…</source>
        <translation>Lagre som &amp;arkivkopi (PDF/A)…</translation>
    </message>
    <message>
        <source>Save p&amp;ublic version…</source>
        <translation>Lagre &amp;offentlig versjon…</translation>
    </message>
    <message>
        <source>Print in &amp;English</source>
        <translation>Skriv ut på &amp;engelsk</translation>
    </message>
    <message>
        <source>US &amp;Letter paper</source>
        <translation>US &amp;Letter-papir</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>There are no meetings to print.</source>
        <translation>Det er ingen møter å skrive ut.</translation>
    </message>
    <message>
        <source>Which meeting?</source>
        <translation>Hvilket møte?</translation>
    </message>
    <message>
        <source>A document is already being prepared</source>
        <translation>Et dokument er allerede under arbeid</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Lagret {path}</translation>
    </message>
    <message>
        <source>Preparing {file}…</source>
        <translation>Lager {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Utskriften mislyktes</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Sendt til skriveren</translation>
    </message>
    <message>
        <source>Printing cancelled</source>
        <translation>Utskriften ble avbrutt</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Edit project card</source>
        <translation>Rediger prosjektkort</translation>
    </message>
</context>
<context>
    <name>ProjectPicker</name>
    <message>
        <source>Choose the project depended on</source>
        <translation>Velg prosjektet avhengigheten gjelder</translation>
    </message>
    <message>
        <source>&amp;Search projects (name or number):</source>
        <translation>&amp;Søk i prosjekter (navn eller nummer):</translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation>Søk i prosjekter</translation>
    </message>
    <message>
        <source>Type part of the name or number</source>
        <translation>Skriv en del av navnet eller nummeret</translation>
    </message>
    <message>
        <source>Matching projects</source>
        <translation>Prosjekter som passer</translation>
    </message>
    <message>
        <source>No project matches «{text}».</source>
        <translation>Ingen prosjekter passer med «{text}».</translation>
    </message>
    <message>
        <source>Showing the first {count} matches: type more to narrow them.</source>
        <translation>Viser de første {count} treffene: skriv mer for å snevre inn.</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>{text} *</source>
        <translation>{text} *</translation>
    </message>
    <message>
        <source>Derived: the worst area rating of the report, which gives no overall status</source>
        <translation>Avledet: den dårligste områdevurderingen i rapporten, som ikke gir en samlet status</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktør</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Innsatsområde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Sluttdato</translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Project card</source>
        <translation>Prosjektkort</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Kort</translation>
    </message>
    <message>
        <source>&amp;RAG history</source>
        <translation>S&amp;tatushistorikk</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Ti&amp;dslinje</translation>
    </message>
    <message>
        <source>Ris&amp;ks</source>
        <translation>R&amp;isiko</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>ikke rapportert</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Vis detaljer...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Skjul detaljer...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>Yes to All</source>
        <translation>Ja til alle</translation>
    </message>
    <message>
        <source>No to All</source>
        <translation>Nei til alle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Ikke lagre</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standard</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;lenkeadresse</translation>
    </message>
</context>
<context>
    <name>RagHistoryModel</name>
    <message>
        <source>Overall status</source>
        <translation>Overordnet status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>No comment</source>
        <translation>Ingen kommentar</translation>
    </message>
</context>
<context>
    <name>RagHistoryView</name>
    <message>
        <source>RAG history</source>
        <translation>Statushistorikk</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Statusrapport</translation>
    </message>
    <message>
        <source>Hover a cell for the comment; click it or press Enter to open that report.</source>
        <translation>Hold musen over en celle for kommentaren; klikk eller trykk Enter for å åpne rapporten.</translation>
    </message>
    <message>
        <source>This project has no status reports yet.</source>
        <translation>Prosjektet har ingen statusrapporter ennå.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>All boards</source>
        <translation>Alle styrer</translation>
    </message>
    <message>
        <source>{count} lines</source>
        <translation>{count} linjer</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Edit status report</source>
        <translation>Rediger statusrapport</translation>
    </message>
</context>
<context>
    <name>RiskEditor</name>
    <message>
        <source>(closed)</source>
        <translation>(avsluttet)</translation>
    </message>
    <message>
        <source>Risks and measures</source>
        <translation>Risiko og tiltak</translation>
    </message>
    <message>
        <source>Measures (tick when done)</source>
        <translation>Tiltak (kryss av når utført)</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <source>Add &amp;measure</source>
        <translation>Nytt &amp;tiltak</translation>
    </message>
    <message>
        <source>Delete m&amp;easure…</source>
        <translation>Slett tilt&amp;ak…</translation>
    </message>
    <message>
        <source>Delete the chosen measure (Delete)</source>
        <translation>Slett det valgte tiltaket (Delete)</translation>
    </message>
    <message>
        <source>Mark risk as c&amp;losed</source>
        <translation>Avslutt &amp;risikoen</translation>
    </message>
    <message>
        <source>A risk that no longer applies is closed, and stays on record. Delete only a risk entered by mistake.</source>
        <translation>En risiko som ikke lenger gjelder, avsluttes og blir stående i oversikten. Slett bare en risiko som er registrert ved en feil.</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Ny risiko</translation>
    </message>
    <message>
        <source>Its measures and its assessment in every status report are deleted with it. A risk that no longer applies should be closed instead: it stays on record.</source>
        <translation>Tiltakene og vurderingen i alle statusrapporter slettes også. En risiko som ikke lenger gjelder, bør heller avsluttes: den blir stående i oversikten.</translation>
    </message>
</context>
<context>
    <name>RiskList</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Risk / measure</source>
        <translation>Risiko / tiltak</translation>
    </message>
    <message>
        <source>P×C</source>
        <translation>S×K</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risks and measures</source>
        <translation>Risiko og tiltak</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>ikke vurdert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>done</source>
        <translation>utført</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åpent</translation>
    </message>
</context>
<context>
    <name>RiskMatrix</name>
    <message>
        <source>Risk matrix</source>
        <translation>Risikomatrise</translation>
    </message>
    <message>
        <source>risk {number}: probability {probability}, consequence {consequence}</source>
        <translation>risiko {number}: sannsynlighet {probability}, konsekvens {consequence}</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Consequence →</source>
        <translation>Konsekvens →</translation>
    </message>
    <message>
        <source>Probability →</source>
        <translation>Sannsynlighet →</translation>
    </message>
</context>
<context>
    <name>RiskView</name>
    <message>
        <source>No risks are registered for this project, so the matrix and the list are empty.</source>
        <translation>Ingen risikoer er registrert for prosjektet, så matrisen og listen er tomme.</translation>
    </message>
    <message>
        <source>The latest report says of risk: «{text}»</source>
        <translation>Siste rapport sier om risiko: «{text}»</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>Åpne risikoer</translation>
    </message>
    <message>
        <source>Closed risks</source>
        <translation>Avsluttede risikoer</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>Alle risikoer</translation>
    </message>
    <message>
        <source>Show risks</source>
        <translation>Vis risikoer</translation>
    </message>
    <message>
        <source>● now   ◌ before the latest report, → its move.   L/M/H: low, medium, high risk.</source>
        <translation>● nå   ◌ før siste rapport, → endringen.   L/M/H: lav, middels, høy risiko.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Vi&amp;s:</translation>
    </message>
    <message>
        <source>Not assessed (no probability or consequence): {risks}</source>
        <translation>Ikke vurdert (mangler sannsynlighet eller konsekvens): {risks}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>No hits</source>
        <translation>Ingen treff</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerer %1…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importen mislyktes</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed.

%2</source>
        <translation>%1 ble ikke importert; ingenting er endret.

%2</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importen er fullført</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Edit project &amp;card…</source>
        <translation>Rediger prosjekt&amp;kort…</translation>
    </message>
    <message>
        <source>&amp;New status report…</source>
        <translation>&amp;Ny statusrapport…</translation>
    </message>
    <message>
        <source>Edit &amp;status report…</source>
        <translation>Rediger &amp;statusrapport…</translation>
    </message>
    <message>
        <source>&amp;Milestones…</source>
        <translation>&amp;Milepæler…</translation>
    </message>
    <message>
        <source>R&amp;isks and measures…</source>
        <translation>R&amp;isiko og tiltak…</translation>
    </message>
    <message>
        <source>&amp;Dependencies…</source>
        <translation>A&amp;vhengigheter…</translation>
    </message>
    <message>
        <source>&amp;Budget lines…</source>
        <translation>&amp;Budsjettlinjer…</translation>
    </message>
    <message>
        <source>Open a project first: editing works on the project shown.</source>
        <translation>Åpne et prosjekt først: redigering gjelder prosjektet som vises.</translation>
    </message>
    <message>
        <source>The project has no status report yet: start one first.</source>
        <translation>Prosjektet har ingen statusrapport ennå: opprett en først.</translation>
    </message>
    <message>
        <source>Choose a meeting in the navigator first.</source>
        <translation>Velg et møte i navigatoren først.</translation>
    </message>
    <message>
        <source>Import meeting bundle</source>
        <translation>Importer møtefil</translation>
    </message>
    <message>
        <source>Meeting bundles (*.bdpack)</source>
        <translation>Møtefiler (*.bdpack)</translation>
    </message>
    <message>
        <source>The bundle is protected. Password:</source>
        <translation>Møtefilen er beskyttet. Passord:</translation>
    </message>
    <message>
        <source>Export meeting bundle</source>
        <translation>Eksporter møtefil</translation>
    </message>
    <message>
        <source>Password to protect the bundle (empty for none):</source>
        <translation>Passord for å beskytte møtefilen (tomt for ingen):</translation>
    </message>
    <message>
        <source>Wrote %1 (revision %2)</source>
        <translation>Lagret %1 (versjon %2)</translation>
    </message>
    <message>
        <source>Export my shared notes</source>
        <translation>Eksporter mine delte notater</translation>
    </message>
    <message>
        <source>Shared notes (*.bdnotes)</source>
        <translation>Delte notater (*.bdnotes)</translation>
    </message>
    <message>
        <source>Wrote %1 shared note(s); private notes stay here</source>
        <translation>Lagret %1 delte notat(er); private notater blir her</translation>
    </message>
    <message>
        <source>Import shared notes</source>
        <translation>Importer delte notater</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged note(s)</source>
        <translation>%1 nye, %2 oppdaterte, %3 uendrede notat(er)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;Lesing</translation>
    </message>
    <message>
        <source>&amp;Read the meeting's documents</source>
        <translation>&amp;Les møtedokumentene</translation>
    </message>
    <message>
        <source>&amp;Import meeting bundle…</source>
        <translation>&amp;Importer møtefil…</translation>
    </message>
    <message>
        <source>&amp;Export meeting bundle…</source>
        <translation>&amp;Eksporter møtefil…</translation>
    </message>
    <message>
        <source>Export my &amp;shared notes…</source>
        <translation>Eksporter mine &amp;delte notater…</translation>
    </message>
    <message>
        <source>Import shared &amp;notes…</source>
        <translation>Importer delte &amp;notater…</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Møter</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nytt møte…</translation>
    </message>
    <message>
        <source>&amp;Cases of the year…</source>
        <translation>Årets &amp;saker…</translation>
    </message>
    <message>
        <source>&amp;Decision register…</source>
        <translation>&amp;Vedtaksregister…</translation>
    </message>
    <message>
        <source>&amp;Action points…</source>
        <translation>&amp;Aksjonspunkter…</translation>
    </message>
</context>
<context>
    <name>BoardsMenu</name>
    <message>
        <source>Which board?</source>
        <translation>Hvilket styre?</translation>
    </message>
    <message>
        <source>Board members</source>
        <translation>Styremedlemmer</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Styre</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Medlemmer…</translation>
    </message>
    <message>
        <source>&amp;Who I am…</source>
        <translation>&amp;Hvem er jeg…</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Welcome to BoardDesk</source>
        <translation>Velkommen til BoardDesk</translation>
    </message>
    <message>
        <source>Who I am</source>
        <translation>Hvem er jeg</translation>
    </message>
    <message>
        <source>Your notes are written under your name. On a board where you are the secretary you edit the meetings; as a member, deputy or observer you read and annotate.</source>
        <translation>Notatene dine skrives under navnet ditt. I et styre der du er sekretær, redigerer du møtene; som medlem, vara eller observatør leser og kommenterer du.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;navn:</translation>
    </message>
    <message>
        <source>Begin with</source>
        <translation>Begynn med</translation>
    </message>
    <message>
        <source>The &amp;demo boards (real board papers, to try BoardDesk)</source>
        <translation>&amp;Demostyrene (ekte styrepapirer, for å prøve BoardDesk)</translation>
    </message>
    <message>
        <source>An &amp;empty store (the secretary sets up the board)</source>
        <translation>En &amp;tom database (sekretæren setter opp styret)</translation>
    </message>
    <message>
        <source>A meeting &amp;bundle from the secretary (.bdpack)…</source>
        <translation>En &amp;møtefil fra sekretæren (.bdpack)…</translation>
    </message>
    <message>
        <source>Your role on each board</source>
        <translation>Din rolle i hvert styre</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(ingen rolle)</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Edit member</source>
        <translation>Endre medlem</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nytt medlem</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Personal &amp;deputy for:</source>
        <translation>Personlig &amp;vara for:</translation>
    </message>
    <message>
        <source>Member &amp;from:</source>
        <translation>Medlem &amp;fra:</translation>
    </message>
    <message>
        <source>Member &amp;until:</source>
        <translation>Medlem &amp;til:</translation>
    </message>
    <message>
        <source>Member from</source>
        <translation>Medlem fra</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Medlem til</translation>
    </message>
    <message>
        <source>{field}: «{text}» is not a date</source>
        <translation>{field}: «{text}» er ikke en dato</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Members of {board}</source>
        <translation>Medlemmer av {board}</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Deputy for</source>
        <translation>Vara for</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Show &amp;retired members</source>
        <translation>Vis &amp;fratrådte medlemmer</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <source>R&amp;etire…</source>
        <translation>&amp;Fratre…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Fratrådt</translation>
    </message>
    <message>
        <source>Retire member</source>
        <translation>Medlem fratrer</translation>
    </message>
    <message>
        <source>{member} leaves the board today and is no longer invited. Past meetings still name them.</source>
        <translation>{member} fratrer styret i dag og innkalles ikke lenger. Tidligere møter nevner fortsatt vedkommende.</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>utledet</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Home</source>
        <translation>Hjem</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>Hjemmeside</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Neste møte</translation>
    </message>
    <message>
        <source>Latest meeting</source>
        <translation>Siste møte</translation>
    </message>
    <message>
        <source>The board has no meetings yet.</source>
        <translation>Styret har ingen møter ennå.</translation>
    </message>
    <message>
        <source>Read the meeting pack</source>
        <translation>Les møtepakken</translation>
    </message>
    <message>
        <source>Agenda and minutes</source>
        <translation>Saksliste og protokoll</translation>
    </message>
    <message>
        <source>No meeting is planned yet; this is the latest one.</source>
        <translation>Ingen møter er planlagt ennå; dette er det siste.</translation>
    </message>
    <message>
        <source>F1 opens a short guide.</source>
        <translation>F1 åpner en kort veiledning.</translation>
    </message>
    <message>
        <source>Papers new or changed since I last read them ({count})</source>
        <translation>Dokumenter som er nye eller endret siden jeg sist leste dem ({count})</translation>
    </message>
    <message>
        <source>The meeting has no papers yet.</source>
        <translation>Møtet har ingen dokumenter ennå.</translation>
    </message>
    <message>
        <source>You have read every paper of the meeting.</source>
        <translation>Du har lest alle dokumentene til møtet.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message>
        <source>My questions for the meeting ({count})</source>
        <translation>Mine spørsmål til møtet ({count})</translation>
    </message>
    <message>
        <source>Mark a note as a question for the meeting and it is listed here.</source>
        <translation>Merk et notat som spørsmål til møtet, så står det her.</translation>
    </message>
    <message>
        <source>My open action points ({count})</source>
        <translation>Mine åpne aksjonspunkter ({count})</translation>
    </message>
    <message>
        <source>No open action points name you.</source>
        <translation>Ingen åpne aksjonspunkter står på deg.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>The secretary sends a meeting bundle (.bdpack): {command} reads in its agenda and papers.</source>
        <translation>Sekretæren sender en møtefil (.bdpack): {command} leser inn sakslisten og dokumentene.</translation>
    </message>
    <message>
        <source>After publishing, {command} writes the meeting bundle (.bdpack) to send to the members.</source>
        <translation>Etter publisering lager {command} møtefilen (.bdpack) du sender til medlemmene.</translation>
    </message>
    <message>
        <source>BoardDesk – short guide</source>
        <translation>BoardDesk – kort veiledning</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Veiledning</translation>
    </message>
    <message>
        <source>Finding your way</source>
        <translation>Finne fram</translation>
    </message>
    <message>
        <source>The navigator on the left lists each board: its home page, portfolio and meetings.</source>
        <translation>Navigatoren til venstre viser hvert styre: hjemmesiden, porteføljen og møtene.</translation>
    </message>
    <message>
        <source>Ctrl+F searches everything; Enter opens a hit. Alt+Left and Alt+Right go back and forward.</source>
        <translation>Ctrl+F søker i alt; Enter åpner et treff. Alt+Venstre og Alt+Høyre går tilbake og fram.</translation>
    </message>
    <message>
        <source>Alt+Home opens the home page: the next meeting, papers new to you, your questions.</source>
        <translation>Alt+Home åpner hjemmesiden: neste møte, dokumenter som er nye for deg, spørsmålene dine.</translation>
    </message>
    <message>
        <source>Reading and notes (members)</source>
        <translation>Lesing og notater (medlemmer)</translation>
    </message>
    <message>
        <source>Reading → Read the meeting&apos;s documents opens the pack; BoardDesk remembers your page.</source>
        <translation>Lesing → Les møtedokumentene åpner møtepakken; BoardDesk husker siden du var på.</translation>
    </message>
    <message>
        <source>Select words to highlight them, or place a sticky note; mark a note as a question for the meeting.</source>
        <translation>Marker ord for å utheve dem, eller fest en lapp; merk et notat som spørsmål til møtet.</translation>
    </message>
    <message>
        <source>Notes are private. Export my shared notes sends only the ones you chose to share.</source>
        <translation>Notater er private. «Eksporter mine delte notater» sender bare dem du har valgt å dele.</translation>
    </message>
    <message>
        <source>Running a meeting (secretary)</source>
        <translation>Lede et møte (sekretær)</translation>
    </message>
    <message>
        <source>Board → Who I am sets your role; only the secretary edits a board&apos;s meetings.</source>
        <translation>Styre → Hvem er jeg angir rollen din; bare sekretæren redigerer styrets møter.</translation>
    </message>
    <message>
        <source>Meetings → New meeting, then build the agenda; publishing issues the case numbers.</source>
        <translation>Møter → Nytt møte, og bygg sakslisten; når den publiseres, får sakene nummer.</translation>
    </message>
    <message>
        <source>In the live meeting, record attendance, decisions and action points; all is saved as you type.</source>
        <translation>I møtet fører du oppmøte, vedtak og aksjonspunkter; alt lagres mens du skriver.</translation>
    </message>
    <message>
        <source>Print → Meeting pack, Invitation or Minutes prints or saves the papers as PDF.</source>
        <translation>Utskrift → Møtepakke, Innkalling med saksliste eller Protokoll skriver ut eller lagrer dokumentene som PDF.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Se i:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Finn mappe</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Fram</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Gå fram</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gå til overordnet mappe</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Lag ny mappe</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Lag en ny mappe</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Vis som liste</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Vis med detaljer</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nylig brukte steder</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Datamaskinen</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidepanel</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Steder og bokmerker</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Er du sikker på at du vil slette «%1»?</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fant ikke filen.
Kontroller at filnavnet er riktig.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Fant ikke mappen.
Kontroller at mappenavnet er riktig.</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Se i:</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Vis </translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Sist endret</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Datamaskinen</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>{guest} is not recorded at this meeting, so cannot co-sign its minutes.</source>
        <translation>{guest} er ikke ført i oppmøtet for dette møtet, og kan derfor ikke velges til å justere protokollen.</translation>
    </message>
    <message>
        <source>The bundle&apos;s part review.json is not valid JSON.</source>
        <translation>Delen review.json i møtefilen er ikke gyldig JSON.</translation>
    </message>
    <message>
        <source>{guest} is not recorded at this meeting, so cannot be disqualified on its case.</source>
        <translation>{guest} er ikke ført i oppmøtet for dette møtet, og kan derfor ikke føres som inhabil i saken.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device or pipe); give a file name.</source>
        <translation>{path} er ikke en vanlig fil (en enhet eller et rør); gi et filnavn.</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>en verdi mangler</translation>
    </message>
    <message>
        <source>a comma is missing</source>
        <translation>et komma mangler</translation>
    </message>
    <message>
        <source>a colon is missing</source>
        <translation>et kolon mangler</translation>
    </message>
    <message>
        <source>a name in double quotes is missing</source>
        <translation>et navn i doble anførselstegn mangler</translation>
    </message>
    <message>
        <source>a text is not closed</source>
        <translation>en tekst er ikke avsluttet</translation>
    </message>
    <message>
        <source>there is more after the end</source>
        <translation>det kommer mer etter slutten</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} er en mappe, ikke en fil.</translation>
    </message>
    <message>
        <source>{path} is not a regular file.</source>
        <translation>{path} er ikke en vanlig fil.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text (byte {byte} cannot be read); export it again as UTF-8.</source>
        <translation>{path} er ikke UTF-8-tekst (byte {byte} kan ikke leses); eksporter den på nytt som UTF-8.</translation>
    </message>
    <message>
        <source>{path} is not valid JSON ({detail}) at line {line}, column {column}.</source>
        <translation>{path} er ikke gyldig JSON ({detail}) på linje {line}, kolonne {column}.</translation>
    </message>
    <message>
        <source>{path} nests lists or objects too deeply to be a BoardDesk export.</source>
        <translation>{path} har lister eller objekter nøstet for dypt til å være en eksport fra BoardDesk.</translation>
    </message>
    <message>
        <source>{path} is not a BoardDesk export ({detail}).</source>
        <translation>{path} er ikke en eksport fra BoardDesk ({detail}).</translation>
    </message>
    <message>
        <source>{path} is too large to read into memory.</source>
        <translation>{path} er for stor til å leses inn i minnet.</translation>
    </message>
    <message>
        <source>{path} is larger than {limit} MiB, more than any BoardDesk export; it was not read.</source>
        <translation>{path} er større enn {limit} MiB, mer enn noen eksport fra BoardDesk; den ble ikke lest.</translation>
    </message>
    <message>
        <source>{path} is the BoardDesk database itself, not an exchange document.</source>
        <translation>{path} er selve BoardDesk-databasen, ikke et utvekslingsdokument.</translation>
    </message>
    <message>
        <source>{where}: {detail}; a bundle changes only its own meeting; nothing was imported.</source>
        <translation>{where}: {detail}; en møtefil endrer bare sitt eget møte; ingenting ble importert.</translation>
    </message>
    <message>
        <source>{where}: {detail}; nothing was imported.</source>
        <translation>{where}: {detail}; ingenting ble importert.</translation>
    </message>
    <message>
        <source>{path} is open read-only (the file or its folder cannot be written here); nothing can be saved. Copy it to a folder you can write to.</source>
        <translation>{path} er åpnet skrivebeskyttet (filen eller mappen kan ikke skrives her); ingenting kan lagres. Kopier den til en mappe du kan skrive i.</translation>
    </message>
    <message>
        <source>{path} cannot be read here: its latest changes are in {wal}, which SQLite can read only in a folder it may write to. Copy both files to such a folder.</source>
        <translation>{path} kan ikke leses her: de siste endringene ligger i {wal}, som SQLite bare kan lese i en mappe den kan skrive i. Kopier begge filene til en slik mappe.</translation>
    </message>
    <message>
        <source>{path} has schema version {version} and needs upgrading to {latest}, but it is read-only here. Copy it to a folder you can write to and open the copy.</source>
        <translation>{path} har skjemaversjon {version} og må oppgraderes til {latest}, men den er skrivebeskyttet her. Kopier den til en mappe du kan skrive i, og åpne kopien.</translation>
    </message>
    <message>
        <source>{path} could not be upgraded to schema version {latest}: {detail}. The failed step was undone. A copy from before the upgrade is at {copy}.</source>
        <translation>{path} kunne ikke oppgraderes til skjemaversjon {latest}: {detail}. Det mislykkede steget ble angret. En kopi fra før oppgraderingen ligger i {copy}.</translation>
    </message>
    <message>
        <source>{path} could not be upgraded to schema version {latest}: {detail}. The failed step was undone.</source>
        <translation>{path} kunne ikke oppgraderes til skjemaversjon {latest}: {detail}. Det mislykkede steget ble angret.</translation>
    </message>
    <message>
        <source>{path} stayed locked by another program for over {seconds} s; nothing was saved. Try again when it has finished.</source>
        <translation>{path} var låst av et annet program i over {seconds} s; ingenting ble lagret. Prøv igjen når det er ferdig.</translation>
    </message>
    <message>
        <source>{thing} {name} was changed in this store after revision {revision} was imported (recorded here); a bundle never overwrites it; nothing was imported.</source>
        <translation>{thing} {name} ble endret i denne databasen etter at versjon {revision} ble importert (registrert her); en møtefil overskriver aldri det; ingenting ble importert.</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>møte</translation>
    </message>
    <message>
        <source>case</source>
        <translation>sak</translation>
    </message>
    <message>
        <source>action point</source>
        <translation>aksjonspunkt</translation>
    </message>
    <message>
        <source>it is not an SQLite database file (it looks like a text file)</source>
        <translation>det er ikke en SQLite-databasefil (den ser ut som en tekstfil)</translation>
    </message>
    <message>
        <source>it is not an SQLite database file (it looks like some other kind of file)</source>
        <translation>det er ikke en SQLite-databasefil (den ser ut som en annen slags fil)</translation>
    </message>
    <message>
        <source>the file is cut short ({size} bytes, less than one database page)</source>
        <translation>filen er avkortet ({size} byte, mindre enn én databaseside)</translation>
    </message>
    <message>
        <source>the header is damaged (page size {size})</source>
        <translation>filhodet er skadet (sidestørrelse {size})</translation>
    </message>
    <message>
        <source>the file is truncated ({detail}; SQLite finds no recent pages for the rest): {check}</source>
        <translation>filen er avkortet ({detail}; SQLite finner ingen nyere sider for resten): {check}</translation>
    </message>
    <message>
        <source>{size} bytes, not a whole number of {page}-byte pages</source>
        <translation>{size} byte, ikke et helt antall sider på {page} byte</translation>
    </message>
    <message>
        <source>{size} bytes; its header says {expected}</source>
        <translation>{size} byte; filhodet sier {expected}</translation>
    </message>
    <message>
        <source>SQLite cannot read it: {check}</source>
        <translation>SQLite kan ikke lese den: {check}</translation>
    </message>
    <message>
        <source>{path} is a damaged BoardDesk database: {detail}
The latest backup is {backup}</source>
        <translation>{path} er en skadet BoardDesk-database: {detail}
Den siste sikkerhetskopien er {backup}</translation>
    </message>
    <message>
        <source>{path} is a damaged BoardDesk database: {detail}</source>
        <translation>{path} er en skadet BoardDesk-database: {detail}</translation>
    </message>
    <message>
        <source>{path} is not a BoardDesk database: it is an SQLite database of another program. It was left untouched.</source>
        <translation>{path} er ikke en BoardDesk-database: det er en SQLite-database fra et annet program. Filen ble ikke endret.</translation>
    </message>
    <message>
        <source>{path} is not a BoardDesk database ({detail}). It was left untouched.</source>
        <translation>{path} er ikke en BoardDesk-database ({detail}). Filen ble ikke endret.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} er en mappe, ikke en databasefil.</translation>
    </message>
    <message>
        <source>There is no BoardDesk database at {path}.</source>
        <translation>Det finnes ingen BoardDesk-database i {path}.</translation>
    </message>
    <message>
        <source>{path} is locked by another program ({detail}); nothing was saved. Try again later.</source>
        <translation>{path} er låst av et annet program ({detail}); ingenting ble lagret. Prøv igjen senere.</translation>
    </message>
    <message>
        <source>{path} cannot be changed ({detail}); nothing was saved.</source>
        <translation>{path} kan ikke endres ({detail}); ingenting ble lagret.</translation>
    </message>
    <message>
        <source>{path} was written by a newer BoardDesk (schema version {version}; this BoardDesk knows up to {known}). Update BoardDesk to open it.</source>
        <translation>{path} er skrevet av en nyere BoardDesk (skjemaversjon {version}; denne BoardDesk kjenner til og med {known}). Oppdater BoardDesk for å åpne den.</translation>
    </message>
    <message>
        <source>A new store could not be made at {path}: {reason}.</source>
        <translation>En ny database kunne ikke opprettes i {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is the BoardDesk database itself (or one of its files); choose another file.</source>
        <translation>{path} er selve BoardDesk-databasen (eller en av filene dens); velg en annen fil.</translation>
    </message>
    <message>
        <source>{path} is the BoardDesk database itself; choose another file.</source>
        <translation>{path} er selve BoardDesk-databasen; velg en annen fil.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file inside it.</source>
        <translation>{path} er en mappe; velg en fil i den.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name inside it.</source>
        <translation>{path} er en mappe; gi et filnavn i den.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device or pipe); choose a file.</source>
        <translation>{path} er ikke en vanlig fil (en enhet eller et rør); velg en fil.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; {file} was not written.</source>
        <translation>Mappen {folder} finnes ikke; {file} ble ikke skrevet.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to; {file} was not written.</source>
        <translation>Det kan ikke skrives i mappen {folder}; {file} ble ikke skrevet.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>{path} kunne ikke skrives: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} kan ikke leses: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be used: {reason}.</source>
        <translation>{path} kan ikke brukes: {reason}.</translation>
    </message>
    <message>
        <source>{path} could not be used: {reason}.</source>
        <translation>{path} kunne ikke brukes: {reason}.</translation>
    </message>
    <message>
        <source>The file is too large ({size} bytes; at most {limit}).</source>
        <translation>Filen er for stor ({size} byte; høyst {limit}).</translation>
    </message>
    <message>
        <source>{path} is too large ({size} bytes; at most {limit}).</source>
        <translation>{path} er for stor ({size} byte; høyst {limit}).</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete (truncated): it is not a readable bundle.</source>
        <translation>Filen er skadet eller ufullstendig (avkortet): den er ikke en lesbar møtefil.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete (truncated).</source>
        <translation>Filen er skadet eller ufullstendig (avkortet).</translation>
    </message>
    <message>
        <source>The file is protected by a password; give the password to open it.</source>
        <translation>Filen er beskyttet med passord; oppgi passordet for å åpne den.</translation>
    </message>
    <message>
        <source>Wrong password, or the file was altered after it was sealed.</source>
        <translation>Feil passord, eller filen ble endret etter at den ble forseglet.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is damaged.</source>
        <translation>Signaturen i møtefilen er skadet.</translation>
    </message>
    <message>
        <source>The bundle has too many parts ({count}; at most {limit}).</source>
        <translation>Møtefilen har for mange deler ({count}; høyst {limit}).</translation>
    </message>
    <message>
        <source>The bundle holds a path that leaves the bundle: {name}; nothing was imported.</source>
        <translation>Møtefilen har en sti som peker ut av møtefilen: {name}; ingenting ble importert.</translation>
    </message>
    <message>
        <source>The bundle holds a part with a name it may not have: {name}.</source>
        <translation>Møtefilen har en del med et navn den ikke kan ha: {name}.</translation>
    </message>
    <message>
        <source>The bundle holds {name} twice; nothing was imported.</source>
        <translation>Møtefilen har {name} to ganger; ingenting ble importert.</translation>
    </message>
    <message>
        <source>The bundle unpacks to more than {limit} bytes; refused as too large.</source>
        <translation>Møtefilen pakkes ut til mer enn {limit} byte; avvist som for stor.</translation>
    </message>
    <message>
        <source>{name} is compressed {ratio} to 1 (at most {limit}): refused as a possible zip bomb.</source>
        <translation>{name} er komprimert {ratio} til 1 (høyst {limit}): avvist som en mulig zip-bombe.</translation>
    </message>
    <message>
        <source>{name} is damaged or altered (it cannot be unpacked: {detail}).</source>
        <translation>{name} er skadet eller endret (den kan ikke pakkes ut: {detail}).</translation>
    </message>
    <message>
        <source>{name} is damaged: its size does not match the bundle&apos;s directory.</source>
        <translation>{name} er skadet: størrelsen stemmer ikke med innholdsfortegnelsen i møtefilen.</translation>
    </message>
    <message>
        <source>The bundle has no manifest: it is not a BoardDesk bundle.</source>
        <translation>Møtefilen har ingen innholdsliste: den er ikke en møtefil fra BoardDesk.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is damaged.</source>
        <translation>Innholdslisten i møtefilen er skadet.</translation>
    </message>
    <message>
        <source>The manifest does not say it is a BoardDesk bundle.</source>
        <translation>Innholdslisten sier ikke at dette er en møtefil fra BoardDesk.</translation>
    </message>
    <message>
        <source>The bundle&apos;s version {version} is not a known version.</source>
        <translation>Møtefilens versjon {version} er ikke en kjent versjon.</translation>
    </message>
    <message>
        <source>The bundle is of version {version}, newer than this BoardDesk understands (up to {known}); update BoardDesk.</source>
        <translation>Møtefilen har versjon {version}, nyere enn denne BoardDesk forstår (til og med {known}); oppdater BoardDesk.</translation>
    </message>
    <message>
        <source>This is {found}, not {wanted}.</source>
        <translation>Dette er {found}, ikke {wanted}.</translation>
    </message>
    <message>
        <source>The manifest lists no parts.</source>
        <translation>Innholdslisten har ingen deler.</translation>
    </message>
    <message>
        <source>{name} is in the bundle but not in its manifest: the bundle was altered.</source>
        <translation>{name} er i møtefilen, men ikke i innholdslisten: møtefilen er endret.</translation>
    </message>
    <message>
        <source>{name} is missing from the bundle (truncated or altered).</source>
        <translation>{name} mangler i møtefilen (avkortet eller endret).</translation>
    </message>
    <message>
        <source>{name} does not match its checksum in the manifest: the bundle is damaged or altered.</source>
        <translation>{name} stemmer ikke med sjekksummen i innholdslisten: møtefilen er skadet eller endret.</translation>
    </message>
    <message>
        <source>{name} does not have the size the manifest gives.</source>
        <translation>{name} har ikke størrelsen innholdslisten oppgir.</translation>
    </message>
    <message>
        <source>The bundle cannot be imported ({detail}); nothing was imported.</source>
        <translation>Møtefilen kan ikke importeres ({detail}); ingenting ble importert.</translation>
    </message>
    <message>
        <source>The notes file cannot be imported ({detail}); nothing was imported.</source>
        <translation>Notatfilen kan ikke importeres ({detail}); ingenting ble importert.</translation>
    </message>
    <message>
        <source>This store published meeting {meeting}: it holds the meeting&apos;s record, which a bundle never replaces (the bundle is an older copy of what is here); nothing was imported.</source>
        <translation>Møte {meeting} ble publisert fra denne databasen: her ligger møtets protokoll, som en møtefil aldri erstatter (møtefilen er en eldre kopi av det som er her); ingenting ble importert.</translation>
    </message>
    <message>
        <source>Board {board} is recorded in this store, not received from the secretary&apos;s bundles; a bundle never changes it; nothing was imported.</source>
        <translation>Styret {board} er registrert i denne databasen, ikke mottatt i sekretærens møtefiler; en møtefil endrer det aldri; ingenting ble importert.</translation>
    </message>
    <message>
        <source>Meeting {meeting} is recorded in this store, not received from a bundle; a bundle never overwrites it; nothing was imported.</source>
        <translation>Møte {meeting} er registrert i denne databasen, ikke mottatt i en møtefil; en møtefil overskriver det aldri; ingenting ble importert.</translation>
    </message>
    <message>
        <source>The minutes of meeting {meeting} are {state} in this store; a bundle never changes approved or locked minutes; nothing was imported.</source>
        <translation>Protokollen fra møte {meeting} er {state} i denne databasen; en møtefil endrer aldri en godkjent eller låst protokoll; ingenting ble importert.</translation>
    </message>
    <message>
        <source>The manifest&apos;s revision {revision} is not a revision number (1 to {limit}).</source>
        <translation>Versjonen {revision} i innholdslisten er ikke et versjonsnummer (1 til {limit}).</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its manifest: it was altered after it was signed.</source>
        <translation>Signaturen stemmer ikke med innholdslisten: møtefilen ble endret etter at den ble signert.</translation>
    </message>
    <message>
        <source>The bundle is not signed, but the secretary&apos;s key pinned for board {board} on {since} ({key}) signs this board&apos;s bundles: it may be forged; ask the secretary for a signed bundle.</source>
        <translation>Møtefilen er ikke signert, men sekretærens nøkkel, festet for styret {board} {since} ({key}), signerer dette styrets møtefiler: den kan være forfalsket; be sekretæren om en signert møtefil.</translation>
    </message>
    <message>
        <source>This is revision {revision} of meeting {meeting}, older than revision {held} already imported; nothing was imported.</source>
        <translation>Dette er versjon {revision} av møte {meeting}, eldre enn versjon {held} som allerede er importert; ingenting ble importert.</translation>
    </message>
    <message>
        <source>This is revision {revision} of meeting {meeting}, already imported with other content: the bundle was altered or is not the secretary&apos;s; nothing was imported.</source>
        <translation>Dette er versjon {revision} av møte {meeting}, allerede importert med annet innhold: møtefilen er endret eller er ikke sekretærens; ingenting ble importert.</translation>
    </message>
    <message>
        <source>The bundle does not hold the meeting its manifest names ({meeting}).</source>
        <translation>Møtefilen har ikke møtet innholdslisten nevner ({meeting}).</translation>
    </message>
    <message>
        <source>The bundle holds no data part.</source>
        <translation>Møtefilen har ingen datadel.</translation>
    </message>
    <message>
        <source>The bundle&apos;s data part is not valid (or nested too deeply).</source>
        <translation>Datadelen i møtefilen er ikke gyldig (eller for dypt nøstet).</translation>
    </message>
    <message>
        <source>The bundle&apos;s data part is not a BoardDesk document.</source>
        <translation>Datadelen i møtefilen er ikke et BoardDesk-dokument.</translation>
    </message>
    <message>
        <source>The bundle&apos;s data must hold exactly one board.</source>
        <translation>Dataene i møtefilen må ha nøyaktig ett styre.</translation>
    </message>
    <message>
        <source>The bundle&apos;s data is not valid ({detail}); nothing was imported.</source>
        <translation>Dataene i møtefilen er ikke gyldige ({detail}); ingenting ble importert.</translation>
    </message>
    <message>
        <source>The file of attachment {file} is missing from the bundle.</source>
        <translation>Filen til vedlegget {file} mangler i møtefilen.</translation>
    </message>
    <message>
        <source>The meeting cannot be bundled ({detail}).</source>
        <translation>Det kan ikke lages en møtefil av møtet ({detail}).</translation>
    </message>
    <message>
        <source>The notes file is not valid ({detail}); nothing was imported.</source>
        <translation>Notatfilen er ikke gyldig ({detail}); ingenting ble importert.</translation>
    </message>
    <message>
        <source>The notes are for board {board}, which is not in this store.</source>
        <translation>Notatene gjelder styret {board}, som ikke finnes i denne databasen.</translation>
    </message>
    <message>
        <source>There is no meeting {meeting}.</source>
        <translation>Det finnes ikke noe møte {meeting}.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>ingen tilgang</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>filen eller mappen finnes ikke</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>det er ikke mer plass på disken</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>en del av stien er ikke en mappe</translation>
    </message>
    <message>
        <source>the file exists</source>
        <translation>filen finnes allerede</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>diskkvoten er brukt opp</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>disken kunne ikke leses eller skrives</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>filnavnet er for langt</translation>
    </message>
    <message>
        <source>a meeting bundle (.bdpack)</source>
        <translation>en møtefil (.bdpack)</translation>
    </message>
    <message>
        <source>a shared-notes file (.bdnotes)</source>
        <translation>en fil med delte notater (.bdnotes)</translation>
    </message>
    <message>
        <source>A name is needed: notes are written under it.</source>
        <translation>Et navn trengs: notater skrives under det.</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>Et medlem må ha et navn.</translation>
    </message>
    <message>
        <source>A member cannot be their own deputy.</source>
        <translation>Et medlem kan ikke være sin egen vara.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Perioden slutter ({end}) før den begynner ({start}).</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved and cannot be changed; record a correction as an amendment.</source>
        <translation>Protokollen fra dette møtet er godkjent og kan ikke endres; før inn en rettelse i stedet.</translation>
    </message>
    <message>
        <source>An action point needs a text saying what is to be done.</source>
        <translation>Et aksjonspunkt trenger en tekst som sier hva som skal gjøres.</translation>
    </message>
    <message>
        <source>The case is not on this meeting's agenda.</source>
        <translation>Saken står ikke på sakslisten til dette møtet.</translation>
    </message>
    <message>
        <source>The agenda already has «{title}».</source>
        <translation>Sakslisten har allerede «{title}».</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>En sak trenger en tittel.</translation>
    </message>
    <message>
        <source>The new order must hold the same cases as the agenda.</source>
        <translation>Den nye rekkefølgen må ha de samme sakene som sakslisten.</translation>
    </message>
    <message>
        <source>{case} has been dealt with at the meeting and cannot be removed.</source>
        <translation>{case} er behandlet i møtet og kan ikke fjernes.</translation>
    </message>
    <message>
        <source>The agenda has no cases to publish.</source>
        <translation>Sakslisten har ingen saker å publisere.</translation>
    </message>
    <message>
        <source>A case gets a decision only once it is on a published agenda.</source>
        <translation>En sak får vedtak først når den står på en publisert saksliste.</translation>
    </message>
    <message>
        <source>The case was withdrawn from the agenda and cannot get a decision.</source>
        <translation>Saken er trukket fra sakslisten og kan ikke få vedtak.</translation>
    </message>
    <message>
        <source>A unanimous decision has no votes against or blank.</source>
        <translation>Et enstemmig vedtak har ingen stemmer mot eller blanke.</translation>
    </message>
    <message>
        <source>Close the meeting before sending its minutes for adjustment.</source>
        <translation>Avslutt møtet før protokollen sendes til justering.</translation>
    </message>
    <message>
        <source>The minutes need a chair or at least one co-signer to be sent for adjustment.</source>
        <translation>Protokollen trenger en møteleder eller minst én medunderskriver for å sendes til justering.</translation>
    </message>
    <message>
        <source>Only the chair and the chosen co-signers give remarks on the minutes.</source>
        <translation>Bare møteleder og de valgte medunderskriverne gir merknader til protokollen.</translation>
    </message>
    <message>
        <source>Close the meeting before approving its minutes.</source>
        <translation>Avslutt møtet før protokollen godkjennes.</translation>
    </message>
    <message>
        <source>The approving case is not on the approving meeting's agenda.</source>
        <translation>Godkjenningssaken står ikke på sakslisten til møtet som godkjenner.</translation>
    </message>
    <message>
        <source>An amendment needs both a reason and a text.</source>
        <translation>En rettelse trenger både en begrunnelse og en tekst.</translation>
    </message>
    <message>
        <source>The board already has a meeting {meeting}.</source>
        <translation>Styret har allerede et møte {meeting}.</translation>
    </message>
    <message>
        <source>Minutes that are {fields} cannot be {doing}.</source>
        <translation>En protokoll som er {fields}, kan ikke {doing}.</translation>
    </message>
    <message>
        <source>%1 «%2» added</source>
        <translation>%1 «%2» lagt til</translation>
    </message>
    <message>
        <source>%1 «%2» withdrawn</source>
        <translation>%1 «%2» trukket</translation>
    </message>
    <message>
        <source>%1: case type changed</source>
        <translation>%1: sakstype endret</translation>
    </message>
    <message>
        <source>%1: document «%2» attached</source>
        <translation>%1: dokument «%2» lagt ved</translation>
    </message>
    <message>
        <source>%1: document removed</source>
        <translation>%1: dokument fjernet</translation>
    </message>
    <message>
        <source>%1 moved to item %2</source>
        <translation>%1 flyttet til punkt %2</translation>
    </message>
    <message>
        <source>agenda order changed</source>
        <translation>rekkefølgen på sakslisten endret</translation>
    </message>
    <message>
        <source>meeting: %1 changed</source>
        <translation>møtet: %1 endret</translation>
    </message>
    <message>
        <source>%1: %2 changed</source>
        <translation>%1: %2 endret</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tittel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <source>document</source>
        <translation>dokument</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>innleder</translation>
    </message>
    <message>
        <source>minutes allotted</source>
        <translation>minutter satt av</translation>
    </message>
    <message>
        <source>proposed decision</source>
        <translation>forslag til vedtak</translation>
    </message>
    <message>
        <source>addressed to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>paper date</source>
        <translation>dato for saksfremlegg</translation>
    </message>
    <message>
        <source>case officer</source>
        <translation>saksbehandler</translation>
    </message>
    <message>
        <source>case text</source>
        <translation>sakstekst</translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation>taushetsplikt</translation>
    </message>
    <message>
        <source>printed status reports</source>
        <translation>statusrapporter i utskrift</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>prosjekter</translation>
    </message>
    <message>
        <source>status reports</source>
        <translation>statusrapporter</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>starttid</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>sluttid</translation>
    </message>
    <message>
        <source>place</source>
        <translation>sted</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>møteleder</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>sekretær</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>merknader</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>et utkast</translation>
    </message>
    <message>
        <source>out for adjustment</source>
        <translation>til justering</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>godkjent</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>låst</translation>
    </message>
</context>
<context>
    <name>MinutesStep</name>
    <message>
        <source>sent for adjustment</source>
        <translation>sendes til justering</translation>
    </message>
    <message>
        <source>given remarks</source>
        <translation>få merknader</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>godkjennes</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>låses</translation>
    </message>
    <message>
        <source>amended (edit them directly while they are a draft)</source>
        <translation>rettes (rediger den direkte mens den er et utkast)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>boards</source>
        <translation>styrer</translation>
    </message>
    <message>
        <source>members</source>
        <translation>medlemmer</translation>
    </message>
    <message>
        <source>reporting periods</source>
        <translation>rapporteringsperioder</translation>
    </message>
    <message>
        <source>status reports</source>
        <translation>statusrapporter</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>milepæler</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>risikoer</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>avhengigheter</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>prosjekter</translation>
    </message>
    <message>
        <source>amendments to minutes</source>
        <translation>rettelser i protokoller</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>møter</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>saker</translation>
    </message>
    <message>
        <source>action points</source>
        <translation>aksjonspunkter</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>dokumenter</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notater</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>møte</translation>
    </message>
    <message>
        <source>case</source>
        <translation>sak</translation>
    </message>
    <message>
        <source>project</source>
        <translation>prosjekt</translation>
    </message>
    <message>
        <source>status report</source>
        <translation>statusrapport</translation>
    </message>
    <message>
        <source>document</source>
        <translation>dokument</translation>
    </message>
    <message>
        <source>member</source>
        <translation>medlem</translation>
    </message>
    <message>
        <source>action point</source>
        <translation>aksjonspunkt</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risiko</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>milepæl</translation>
    </message>
    <message>
        <source>{thing} {label}: added</source>
        <translation>{thing} {label}: lagt til</translation>
    </message>
    <message>
        <source>{thing} {label}: changed</source>
        <translation>{thing} {label}: endret</translation>
    </message>
    <message>
        <source>{thing} {label}: removed</source>
        <translation>{thing} {label}: fjernet</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>ny versjon</translation>
    </message>
    <message>
        <source>new version, no page changed (layout only)</source>
        <translation>ny versjon, ingen side endret (bare oppsett)</translation>
    </message>
    <message>
        <source>new version, pages changed: {pages}</source>
        <translation>ny versjon, endrede sider: {pages}</translation>
    </message>
    <message>
        <source>Meeting {meeting}: revision {revision} was imported before; nothing changed</source>
        <translation>Møte {meeting}: versjon {revision} er importert før; ingenting er endret</translation>
    </message>
    <message>
        <source>Meeting {meeting}: revision {revision} imported</source>
        <translation>Møte {meeting}: versjon {revision} importert</translation>
    </message>
    <message>
        <source>Meeting {meeting}: revision {previous} → {revision}</source>
        <translation>Møte {meeting}: versjon {previous} → {revision}</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>ingenting er endret</translation>
    </message>
    <message>
        <source>your notes: {moved} moved to the new versions, {earlier} on an earlier version</source>
        <translation>dine notater: {moved} flyttet til de nye versjonene, {earlier} på en tidligere versjon</translation>
    </message>
    <message>
        <source>signed by the secretary&apos;s key {fingerprint}</source>
        <translation>signert med sekretærens nøkkel {fingerprint}</translation>
    </message>
    <message>
        <source>not signed (made by a BoardDesk before signatures): its maker cannot be told</source>
        <translation>ikke signert (laget av en BoardDesk fra før signaturer): hvem som laget den, kan ikke fastslås</translation>
    </message>
</context>
<context>
    <name>PdfEngine</name>
    <message>
        <source>the file was not found</source>
        <translation>filen ble ikke funnet</translation>
    </message>
    <message>
        <source>this is not a PDF file, or it is damaged</source>
        <translation>dette er ikke en PDF-fil, eller den er skadet</translation>
    </message>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>PDF-en er beskyttet med passord</translation>
    </message>
    <message>
        <source>the PDF&apos;s protection is not supported</source>
        <translation>beskyttelsen av PDF-en støttes ikke</translation>
    </message>
    <message>
        <source>the PDF could not be read to its end</source>
        <translation>PDF-en kunne ikke leses helt til slutten</translation>
    </message>
    <message>
        <source>the PDF could not be read</source>
        <translation>PDF-en kunne ikke leses</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>PDF-en har ingen sider</translation>
    </message>
</context>
</TS>
