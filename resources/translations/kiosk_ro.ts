<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>AppController</name>
    <message>
        <source>This guide does not cover that. Please ask a nurse or the reception desk.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Acest ghid nu tratează acest subiect. Întrebați o asistentă sau la recepție.</translation>
    </message>
    <message>
        <source>These guides do not cover that. Please ask a nurse or the reception desk.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Aceste ghiduri nu tratează acest subiect. Întrebați o asistentă sau la recepție.</translation>
    </message>
    <message>
        <source>In: {guide}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">În: {guide}</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Ceva nu a funcționat</translation>
    </message>
    <message>
        <source>Sorry. The screen is going back to the start. You can then carry on.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Ne pare rău. Ecranul revine la început. Apoi puteți continua.</translation>
    </message>
</context>
<context>
    <name>HelpfulRow</name>
    <message>
        <source>Was this page helpful?</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">V-a fost de folos această pagină?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Da</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Nu</translation>
    </message>
    <message>
        <source>Thank you. Your answer helps us improve these pages.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Vă mulțumim. Răspunsul dumneavoastră ne ajută să îmbunătățim aceste pagini.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Patient information</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Informații pentru pacienți</translation>
    </message>
    <message>
        <source>Choose a guide to read.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Alegeți un ghid de citit.</translation>
    </message>
    <message>
        <source>There are no pages to show yet. Please ask a member of staff for help.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Nu există încă pagini de afișat. Vă rugăm să cereți ajutor unui membru al personalului.</translation>
    </message>
    <message>
        <source>This translation has not been checked</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Această traducere nu a fost încă verificată</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Text ușor</translation>
    </message>
    <message>
        <source>Short pages with a picture beside each point</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Pagini scurte, cu o imagine lângă fiecare idee</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Alegeți limba</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Alegeți limba</translation>
    </message>
    <message>
        <source>Show this to staff</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Arătați personalului</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Închide</translation>
    </message>
</context>
<context>
    <name>LetterBar</name>
    <message>
        <source>Jump to a letter</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Salt la o literă</translation>
    </message>
    <message>
        <source>Words starting with {letter}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Cuvinte care încep cu {letter}</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>This is a website</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Acesta este un site web</translation>
    </message>
    <message>
        <source>This screen cannot open websites. To visit it, point your phone&apos;s camera at the square code, or type the address into your phone.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Acest ecran nu poate deschide site-uri web. Pentru a-l vizita, îndreptați camera telefonului spre codul pătrat sau scrieți adresa în telefon.</translation>
    </message>
</context>
<context>
    <name>ListenBar</name>
    <message>
        <source>Listen</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Ascultați</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Citește această pagină cu voce tare</translation>
    </message>
    <message>
        <source>Pause</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Pauză</translation>
    </message>
    <message>
        <source>Pause reading aloud</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Pauză la citirea cu voce tare</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Continuați</translation>
    </message>
    <message>
        <source>Carry on reading aloud from where it paused</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Continuă citirea cu voce tare de unde s-a oprit</translation>
    </message>
    <message>
        <source>Stop</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Opriți</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Oprește citirea cu voce tare</translation>
    </message>
    <message>
        <source>Take home</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Luați acasă</translation>
    </message>
    <message>
        <source>Show a square code to keep this page&apos;s summary on your phone</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Arată un cod pătrat pentru a păstra rezumatul acestei pagini pe telefon</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Acasă</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Înapoi</translation>
    </message>
    <message>
        <source>Search</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Căutare</translation>
    </message>
    <message>
        <source>Large print</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Scris mare</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Contrast mare</translation>
    </message>
    <message>
        <source>Urgent help</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Ajutor urgent</translation>
    </message>
    <message>
        <source>Print</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Tipărește</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Șterge</translation>
    </message>
    <message>
        <source>Space</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Spațiu</translation>
    </message>
    <message>
        <source>Search</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Căutare</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Golește</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>You might also want to read</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">V-ar putea interesa și</translation>
    </message>
    <message>
        <source>This translation has not been checked</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Această traducere nu a fost încă verificată</translation>
    </message>
    <message>
        <source>More about {topic}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Mai multe despre {topic}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Doar pentru personal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Anulare</translation>
    </message>
    <message>
        <source>No staff PIN has been set, so kiosk mode cannot be left from the screen. To set one, run “kiosk set-pin” on this PC (see the deployment guide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be checked. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait {seconds} seconds before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>Websites on this page</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Site-uri web de pe această pagină</translation>
    </message>
    <message>
        <source>To visit one, point your phone&apos;s camera at its square code, or type the address.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Pentru a vizita unul, îndreptați camera telefonului spre codul său pătrat sau scrieți adresa.</translation>
    </message>
    <message>
        <source>From the patient information guide “{guide}”, printed on {date}.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Din ghidul de informare pentru pacienți „{guide}”, tipărit la {date}.</translation>
    </message>
    <message>
        <source>This information does not replace advice from your own team. Please ask them about anything on this page.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Aceste informații nu înlocuiesc sfaturile echipei dumneavoastră. Vă rugăm să îi întrebați despre orice de pe această pagină.</translation>
    </message>
</context>
<context>
    <name>QrPanel</name>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Închide</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Căutare</translation>
    </message>
    <message>
        <source>Type a word or a question, for example “bone pain” or “chemo”.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Scrieți un cuvânt sau o întrebare, de exemplu „durere de oase” sau „chimio”.</translation>
    </message>
    <message>
        <source>Type here to search</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Scrieți aici pentru a căuta</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Golește</translation>
    </message>
    <message>
        <source>Urgent help: if you feel unwell</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Ajutor urgent: dacă nu vă simțiți bine</translation>
    </message>
    <message>
        <source>Or choose a topic</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Sau alegeți un subiect</translation>
    </message>
    <message>
        <source>More topics</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Mai multe subiecte</translation>
    </message>
    <message>
        <source>Sorry, search is not working at the moment. Please choose a topic below, or ask a member of staff.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Ne pare rău, căutarea nu funcționează momentan. Vă rugăm să alegeți un subiect de mai jos sau să întrebați un membru al personalului.</translation>
    </message>
    <message>
        <source>Getting search ready. This takes a moment…</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Se pregătește căutarea. Durează puțin…</translation>
    </message>
    <message>
        <source>More than {count} pages match “{query}”. Here are the {count} that match best. Add a word to find fewer. Choose one to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {count} best of more than {count} pages for “{query}”. Add a word to find fewer. Choose one to read it.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="obsolete">Cele mai bune {count} din peste {count} pagini pentru „{query}”. Adăugați un cuvânt pentru a găsi mai puține. Alegeți una pentru a o citi.</translation>
    </message>
    <message>
        <source>1 page found for “{query}”. Choose one to read it.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">1 pagină găsită pentru „{query}”. Alegeți-o pentru a o citi.</translation>
    </message>
    <message>
        <source>{count} pages found for “{query}”. Choose one to read it.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{count} pagini găsite pentru „{query}”. Alegeți una pentru a o citi.</translation>
    </message>
    <message>
        <source>Sorry, we could not find a page about that. Please ask a nurse or the reception desk.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Ne pare rău, nu am găsit o pagină despre asta. Întrebați o asistentă sau la recepție.</translation>
    </message>
    <message>
        <source>Did you mean “{word}”?</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Ați vrut să spuneți „{word}”?</translation>
    </message>
</context>
<context>
    <name>StaffCard</name>
    <message>
        <source>I need an interpreter for {language}.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Am nevoie de un interpret de limba {language}.</translation>
    </message>
    <message>
        <source>I need help now.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Am nevoie de ajutor acum.</translation>
    </message>
    <message>
        <source>Please speak slowly.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Vă rog să vorbiți rar.</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>Translate as the name of YOUR language, as it reads inside &quot;I need an interpreter for {language}.&quot;</extracomment>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">română</translation>
    </message>
    <message>
        <source>Show this to a member of staff</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Arătați acest mesaj unui membru al personalului</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Închide</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install from USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to previous content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export counts (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages due for review (overdue, or due within 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Mai sunteți aici?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Sunt încă aici</translation>
    </message>
    <message>
        <source>To keep your information private, this screen will go back to the start in 1 second.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Pentru a vă păstra informațiile private, ecranul revine la început peste 1 secundă.</translation>
    </message>
    <message>
        <source>To keep your information private, this screen will go back to the start in {seconds} seconds.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Pentru a vă păstra informațiile private, ecranul revine la început peste {seconds} secunde.</translation>
    </message>
</context>
<context>
    <name>TakeHomePanel</name>
    <message>
        <source>Keep this page on your phone</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Păstrați această pagină pe telefon</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the square code. It holds a short summary of this page and a website to read more. Nothing is sent from this screen.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Îndreptați camera telefonului spre codul pătrat. Conține un scurt rezumat al acestei pagini și un site web unde puteți citi mai mult. Nu se trimite nimic de pe acest ecran.</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Închide</translation>
    </message>
    <message>
        <source>Close the square code and go back to the page</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Închide codul pătrat și revino la pagină</translation>
    </message>
    <message>
        <source>Square code with this page&apos;s summary and a website</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Cod pătrat cu rezumatul acestei pagini și un site web</translation>
    </message>
    <message>
        <source>Square code with this page&apos;s summary</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Cod pătrat cu rezumatul acestei pagini</translation>
    </message>
</context>
<context>
    <name>UrgentNumbers</name>
    <message>
        <source>Call your 24-hour cancer line now, day or night</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Sunați acum la linia dumneavoastră de oncologie non-stop, zi și noapte</translation>
    </message>
    <message>
        <source>Call your cancer line now, or NHS 111 when it is closed</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="obsolete">Sunați acum la linia dumneavoastră de oncologie sau la NHS 111 când este închisă</translation>
    </message>
    <message>
        <source>It is open {hours}.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Program: {hours}.</translation>
    </message>
    <message>
        <source>{call_now}. Call the number on your alert card. If you have no card, go to A&amp;E or call NHS 111.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{call_now}. Sunați la numărul de pe cardul de alertă. Dacă nu aveți card, mergeți la urgențe (A&amp;E) sau sunați la NHS 111.</translation>
    </message>
    <message>
        <source>A first fit, signs of a stroke, chest pain, very bad trouble breathing or collapse</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="obsolete">O primă criză convulsivă, semne de accident vascular cerebral, durere în piept, dificultăți foarte mari de respirație sau leșin</translation>
    </message>
    <message>
        <source>Call your cancer line now, or go to A&amp;E when it is closed</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Sunați acum la linia dumneavoastră de oncologie sau mergeți la urgențe (A&amp;E) când este închisă</translation>
    </message>
    <message>
        <source>A first fit or a long fit, signs of a stroke, new or very bad chest pain, very bad trouble breathing or collapse</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">O primă criză convulsivă sau o criză convulsivă lungă, semne de accident vascular cerebral, durere în piept nouă sau foarte puternică, dificultăți foarte mari de respirație sau leșin</translation>
    </message>
    <message>
        <source>Call 999</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Sunați la 999</translation>
    </message>
    <message>
        <source>In the clinic now and feel unwell? Tell a member of staff straight away.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Sunteți acum în clinică și nu vă simțiți bine? Spuneți imediat unui membru al personalului.</translation>
    </message>
    <message>
        <source>Cannot get through? Go to A&amp;E, or call NHS 111.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Nu reușiți să luați legătura? Mergeți la urgențe (A&amp;E) sau sunați la NHS 111.</translation>
    </message>
</context>
<context>
    <name>WordPanel</name>
    <message>
        <source>What this word means</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Ce înseamnă acest cuvânt</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Închide</translation>
    </message>
    <message>
        <source>Close the explanation and go back to the page</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">Închide explicația și revino la pagină</translation>
    </message>
</context>
</TS>
