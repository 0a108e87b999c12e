<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pa">
<context>
    <name>AppController</name>
    <message>
        <source>This guide does not cover that. Please ask a nurse or the reception desk.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਸ ਗਾਈਡ ਵਿੱਚ ਇਸ ਬਾਰੇ ਜਾਣਕਾਰੀ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨਰਸ ਜਾਂ ਰਿਸੈਪਸ਼ਨ ਤੇ ਪੁੱਛੋ।</translation>
    </message>
    <message>
        <source>These guides do not cover that. Please ask a nurse or the reception desk.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਹਨਾਂ ਗਾਈਡਾਂ ਵਿੱਚ ਇਸ ਬਾਰੇ ਜਾਣਕਾਰੀ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨਰਸ ਜਾਂ ਰਿਸੈਪਸ਼ਨ ਤੇ ਪੁੱਛੋ।</translation>
    </message>
    <message>
        <source>In: {guide}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਸ ਵਿੱਚ: {guide}</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਹ ਪੰਨਾ ਛਾਪੋ</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ</translation>
    </message>
    <message>
        <source>Sorry. The screen is going back to the start. You can then carry on.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਮਾਫ਼ ਕਰਨਾ। ਸਕਰੀਨ ਸ਼ੁਰੂ ਤੇ ਵਾਪਸ ਜਾ ਰਹੀ ਹੈ। ਫਿਰ ਤੁਸੀਂ ਜਾਰੀ ਰੱਖ ਸਕਦੇ ਹੋ।</translation>
    </message>
</context>
<context>
    <name>HelpfulRow</name>
    <message>
        <source>Was this page helpful?</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਕੀ ਇਹ ਪੰਨਾ ਮਦਦਗਾਰ ਸੀ?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਹਾਂ</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਨਹੀਂ</translation>
    </message>
    <message>
        <source>Thank you. Your answer helps us improve these pages.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਧੰਨਵਾਦ। ਤੁਹਾਡਾ ਜਵਾਬ ਇਹਨਾਂ ਪੰਨਿਆਂ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਣ ਵਿੱਚ ਸਾਡੀ ਮਦਦ ਕਰਦਾ ਹੈ।</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Patient information</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਮਰੀਜ਼ਾਂ ਲਈ ਜਾਣਕਾਰੀ</translation>
    </message>
    <message>
        <source>Choose a guide to read.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਪੜ੍ਹਨ ਲਈ ਕੋਈ ਗਾਈਡ ਚੁਣੋ।</translation>
    </message>
    <message>
        <source>There are no pages to show yet. Please ask a member of staff for help.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਹਾਲੇ ਦਿਖਾਉਣ ਲਈ ਕੋਈ ਸਫ਼ੇ ਨਹੀਂ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਸਟਾਫ਼ ਦੇ ਕਿਸੇ ਮੈਂਬਰ ਤੋਂ ਮਦਦ ਮੰਗੋ।</translation>
    </message>
    <message>
        <source>This translation has not been checked</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਸ ਅਨੁਵਾਦ ਦੀ ਅਜੇ ਜਾਂਚ ਨਹੀਂ ਹੋਈ</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਆਸਾਨ ਪਾਠ</translation>
    </message>
    <message>
        <source>Short pages with a picture beside each point</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਛੋਟੇ ਪੰਨੇ, ਹਰ ਗੱਲ ਦੇ ਨਾਲ ਇੱਕ ਤਸਵੀਰ</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ</translation>
    </message>
    <message>
        <source>Show this to staff</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਹ ਸਟਾਫ਼ ਨੂੰ ਦਿਖਾਓ</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਬੰਦ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>LetterBar</name>
    <message>
        <source>Jump to a letter</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਕਿਸੇ ਅੱਖਰ ਤੇ ਜਾਓ</translation>
    </message>
    <message>
        <source>Words starting with {letter}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{letter} ਨਾਲ ਸ਼ੁਰੂ ਹੋਣ ਵਾਲੇ ਸ਼ਬਦ</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>This is a website</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਹ ਇੱਕ ਵੈੱਬਸਾਈਟ ਹੈ</translation>
    </message>
    <message>
        <source>This screen cannot open websites. To visit it, point your phone&apos;s camera at the square code, or type the address into your phone.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਹ ਸਕਰੀਨ ਵੈੱਬਸਾਈਟਾਂ ਨਹੀਂ ਖੋਲ੍ਹ ਸਕਦੀ। ਇਸ ਨੂੰ ਦੇਖਣ ਲਈ, ਆਪਣੇ ਫ਼ੋਨ ਦਾ ਕੈਮਰਾ ਚੌਰਸ ਕੋਡ ਵੱਲ ਕਰੋ, ਜਾਂ ਪਤਾ ਆਪਣੇ ਫ਼ੋਨ ਵਿੱਚ ਟਾਈਪ ਕਰੋ।</translation>
    </message>
</context>
<context>
    <name>ListenBar</name>
    <message>
        <source>Listen</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਸੁਣੋ</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਹ ਸਫ਼ਾ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਰੋਕੋ</translation>
    </message>
    <message>
        <source>Pause reading aloud</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹਨਾ ਰੋਕ ਕੇ ਰੱਖੋ</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਜਾਰੀ ਰੱਖੋ</translation>
    </message>
    <message>
        <source>Carry on reading aloud from where it paused</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਜਿੱਥੇ ਰੁਕਿਆ ਸੀ ਉੱਥੋਂ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹਨਾ ਜਾਰੀ ਰੱਖੋ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਬੰਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹਨਾ ਬੰਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>Take home</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਘਰ ਲੈ ਜਾਓ</translation>
    </message>
    <message>
        <source>Show a square code to keep this page&apos;s summary on your phone</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਸ ਸਫ਼ੇ ਦਾ ਸਾਰ ਆਪਣੇ ਫ਼ੋਨ ਵਿੱਚ ਰੱਖਣ ਲਈ ਚੌਰਸ ਕੋਡ ਦਿਖਾਓ</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਮੁੱਖ ਪੰਨਾ</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਪਿੱਛੇ</translation>
    </message>
    <message>
        <source>Search</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਖੋਜ</translation>
    </message>
    <message>
        <source>Large print</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਵੱਡੇ ਅੱਖਰ</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਗੂੜ੍ਹੇ ਰੰਗ</translation>
    </message>
    <message>
        <source>Urgent help</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਫੌਰੀ ਮਦਦ</translation>
    </message>
    <message>
        <source>Print</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਪ੍ਰਿੰਟ</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਮਿਟਾਓ</translation>
    </message>
    <message>
        <source>Space</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਖਾਲੀ ਥਾਂ</translation>
    </message>
    <message>
        <source>Search</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਖੋਜ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਸਾਫ਼ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>You might also want to read</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਤੁਸੀਂ ਇਹ ਵੀ ਪੜ੍ਹਨਾ ਚਾਹ ਸਕਦੇ ਹੋ</translation>
    </message>
    <message>
        <source>This translation has not been checked</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਸ ਅਨੁਵਾਦ ਦੀ ਅਜੇ ਜਾਂਚ ਨਹੀਂ ਹੋਈ</translation>
    </message>
    <message>
        <source>More about {topic}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{topic} ਬਾਰੇ ਹੋਰ</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਸਿਰਫ਼ ਸਟਾਫ਼ ਲਈ</translation>
    </message>
    <message>
        <source>OK</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਠੀਕ ਹੈ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਮਿਟਾਓ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਰੱਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>No staff PIN has been set, so kiosk mode cannot be left from the screen. To set one, run “kiosk set-pin” on this PC (see the deployment guide).</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਸਟਾਫ਼ ਦਾ ਕੋਈ PIN ਸੈੱਟ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਕਿਓਸਕ ਮੋਡ ਨੂੰ ਸਕਰੀਨ ਤੋਂ ਛੱਡਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। PIN ਸੈੱਟ ਕਰਨ ਲਈ ਇਸ PC ਤੇ “kiosk set-pin” ਚਲਾਓ (ਇੰਸਟਾਲ ਕਰਨ ਦੀ ਗਾਈਡ ਦੇਖੋ)।</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਸਟਾਫ਼ ਦਾ PIN ਭਰੋ।</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">PIN ਦੀ ਜਾਂਚ ਹੋ ਰਹੀ ਹੈ…</translation>
    </message>
    <message>
        <source>The PIN could not be checked. Please try again.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">PIN ਦੀ ਜਾਂਚ ਨਹੀਂ ਹੋ ਸਕੀ। ਕਿਰਪਾ ਕਰਕੇ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਹ PIN ਸਹੀ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait {seconds} seconds before trying again.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਬਹੁਤ ਸਾਰੇ ਗਲਤ PIN। ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ {seconds} ਸਕਿੰਟ ਉਡੀਕ ਕਰੋ।</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>(in the box “{title}” on this sheet)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">(ਇਸ ਕਾਗ਼ਜ਼ ਤੇ “{title}” ਵਾਲੇ ਡੱਬੇ ਵਿੱਚ)</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਜੇ ਤੁਹਾਨੂੰ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ</translation>
    </message>
    <message>
        <source>(the page “{title}” in this guide)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">(ਇਸ ਗਾਈਡ ਵਿੱਚ ਪੰਨਾ “{title}”)</translation>
    </message>
    <message>
        <source>(open {hours})</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">(ਖੁੱਲ੍ਹੀ: {hours})</translation>
    </message>
    <message>
        <source>{call_999} for {signs}.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{signs} ਹੋਣ ਤੇ {call_999}।</translation>
    </message>
    <message>
        <source>breast care nurse {number}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਛਾਤੀ ਦੀ ਦੇਖਭਾਲ ਵਾਲੀ ਨਰਸ {number}</translation>
    </message>
    <message>
        <source>reception {number}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਰਿਸੈਪਸ਼ਨ {number}</translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਤੁਹਾਡਾ ਕਲੀਨਿਕ</translation>
    </message>
    <message>
        <source>Websites on this page</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਸ ਸਫ਼ੇ ਤੇ ਵੈੱਬਸਾਈਟਾਂ</translation>
    </message>
    <message>
        <source>To visit one, point your phone&apos;s camera at its square code, or type the address.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਕਿਸੇ ਇੱਕ ਨੂੰ ਦੇਖਣ ਲਈ, ਆਪਣੇ ਫ਼ੋਨ ਦਾ ਕੈਮਰਾ ਉਸ ਦੇ ਚੌਰਸ ਕੋਡ ਵੱਲ ਕਰੋ, ਜਾਂ ਪਤਾ ਟਾਈਪ ਕਰੋ।</translation>
    </message>
    <message>
        <source>From the patient information guide “{guide}”, printed on {date}.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਮਰੀਜ਼ਾਂ ਲਈ ਜਾਣਕਾਰੀ ਗਾਈਡ “{guide}” ਵਿੱਚੋਂ, {date} ਨੂੰ ਛਾਪਿਆ ਗਿਆ।</translation>
    </message>
    <message>
        <source>This information does not replace advice from your own team. Please ask them about anything on this page.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਹ ਜਾਣਕਾਰੀ ਤੁਹਾਡੀ ਆਪਣੀ ਇਲਾਜ ਟੀਮ ਦੀ ਸਲਾਹ ਦੀ ਥਾਂ ਨਹੀਂ ਲੈਂਦੀ। ਇਸ ਸਫ਼ੇ ਤੇ ਕਿਸੇ ਵੀ ਗੱਲ ਬਾਰੇ ਕਿਰਪਾ ਕਰਕੇ ਉਨ੍ਹਾਂ ਨੂੰ ਪੁੱਛੋ।</translation>
    </message>
</context>
<context>
    <name>QrPanel</name>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਬੰਦ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਖੋਜ</translation>
    </message>
    <message>
        <source>Type a word or a question, for example “bone pain” or “chemo”.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਕੋਈ ਸ਼ਬਦ ਜਾਂ ਸਵਾਲ ਟਾਈਪ ਕਰੋ, ਜਿਵੇਂ “ਹੱਡੀਆਂ ਵਿੱਚ ਦਰਦ” ਜਾਂ “ਕੀਮੋ”।</translation>
    </message>
    <message>
        <source>Type here to search</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਖੋਜਣ ਲਈ ਇੱਥੇ ਲਿਖੋ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਸਾਫ਼ ਕਰੋ</translation>
    </message>
    <message>
        <source>Urgent help: if you feel unwell</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਫੌਰੀ ਮਦਦ: ਜੇ ਤੁਹਾਡੀ ਤਬੀਅਤ ਠੀਕ ਨਹੀਂ</translation>
    </message>
    <message>
        <source>Or choose a topic</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਜਾਂ ਕੋਈ ਵਿਸ਼ਾ ਚੁਣੋ</translation>
    </message>
    <message>
        <source>More topics</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਹੋਰ ਵਿਸ਼ੇ</translation>
    </message>
    <message>
        <source>Sorry, search is not working at the moment. Please choose a topic below, or ask a member of staff.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਮਾਫ਼ ਕਰਨਾ, ਖੋਜ ਇਸ ਵੇਲੇ ਕੰਮ ਨਹੀਂ ਕਰ ਰਹੀ। ਕਿਰਪਾ ਕਰਕੇ ਹੇਠਾਂ ਤੋਂ ਕੋਈ ਵਿਸ਼ਾ ਚੁਣੋ, ਜਾਂ ਸਟਾਫ਼ ਦੇ ਕਿਸੇ ਮੈਂਬਰ ਨੂੰ ਪੁੱਛੋ।</translation>
    </message>
    <message>
        <source>Getting search ready. This takes a moment…</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਖੋਜ ਤਿਆਰ ਹੋ ਰਹੀ ਹੈ। ਇਸ ਵਿੱਚ ਥੋੜ੍ਹਾ ਸਮਾਂ ਲੱਗਦਾ ਹੈ…</translation>
    </message>
    <message>
        <source>More than {count} pages match “{query}”. Here are the {count} that match best. Add a word to find fewer. Choose one to read it.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{count} ਤੋਂ ਵੱਧ ਪੰਨੇ “{query}” ਨਾਲ ਮੇਲ ਖਾਂਦੇ ਹਨ। ਸਭ ਤੋਂ ਵਧੀਆ ਮੇਲ ਵਾਲੇ {count} ਪੰਨੇ ਇਹ ਹਨ। ਘੱਟ ਲੱਭਣ ਲਈ ਇੱਕ ਸ਼ਬਦ ਜੋੜੋ। ਪੜ੍ਹਨ ਲਈ ਇੱਕ ਚੁਣੋ।</translation>
    </message>
    <message>
        <source>The {count} best of more than {count} pages for “{query}”. Add a word to find fewer. Choose one to read it.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="obsolete">“{query}” ਲਈ {count} ਤੋਂ ਵੱਧ ਸਫ਼ਿਆਂ ਵਿੱਚੋਂ ਸਭ ਤੋਂ ਵਧੀਆ {count}। ਘੱਟ ਸਫ਼ੇ ਲੱਭਣ ਲਈ ਇੱਕ ਸ਼ਬਦ ਜੋੜੋ। ਪੜ੍ਹਨ ਲਈ ਇੱਕ ਚੁਣੋ।</translation>
    </message>
    <message>
        <source>1 page found for “{query}”. Choose one to read it.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">“{query}” ਲਈ 1 ਸਫ਼ਾ ਮਿਲਿਆ। ਪੜ੍ਹਨ ਲਈ ਇਸ ਨੂੰ ਚੁਣੋ।</translation>
    </message>
    <message>
        <source>{count} pages found for “{query}”. Choose one to read it.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">“{query}” ਲਈ {count} ਸਫ਼ੇ ਮਿਲੇ। ਪੜ੍ਹਨ ਲਈ ਇੱਕ ਚੁਣੋ।</translation>
    </message>
    <message>
        <source>Sorry, we could not find a page about that. Please ask a nurse or the reception desk.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਮਾਫ਼ ਕਰਨਾ, ਸਾਨੂੰ ਇਸ ਬਾਰੇ ਕੋਈ ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨਰਸ ਜਾਂ ਰਿਸੈਪਸ਼ਨ ਤੇ ਪੁੱਛੋ।</translation>
    </message>
    <message>
        <source>Did you mean “{word}”?</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਕੀ ਤੁਹਾਡਾ ਮਤਲਬ “{word}” ਸੀ?</translation>
    </message>
</context>
<context>
    <name>StaffCard</name>
    <message>
        <source>I need an interpreter for {language}.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਮੈਨੂੰ {language} ਦੇ ਦੁਭਾਸ਼ੀਏ ਦੀ ਲੋੜ ਹੈ।</translation>
    </message>
    <message>
        <source>I need help now.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਮੈਨੂੰ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ।</translation>
    </message>
    <message>
        <source>Please speak slowly.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਕਿਰਪਾ ਕਰਕੇ ਹੌਲੀ ਬੋਲੋ।</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>Translate as the name of YOUR language, as it reads inside &quot;I need an interpreter for {language}.&quot;</extracomment>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਪੰਜਾਬੀ</translation>
    </message>
    <message>
        <source>Show this to a member of staff</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਹ ਸਟਾਫ਼ ਦੇ ਕਿਸੇ ਮੈਂਬਰ ਨੂੰ ਦਿਖਾਓ</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਬੰਦ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>StaffController</name>
    <message>
        <source>Clinical sign-off: all {pages} pages signed off</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਕਲੀਨਿਕਲ ਮਨਜ਼ੂਰੀ: ਸਾਰੇ {pages} ਪੰਨੇ ਮਨਜ਼ੂਰ</translation>
    </message>
    <message>
        <source>Clinical sign-off: {not_signed} of {pages} pages not signed off ({changed} changed since their sign-off); they show “not yet checked by a clinician”</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਕਲੀਨਿਕਲ ਮਨਜ਼ੂਰੀ: {pages} ਵਿੱਚੋਂ {not_signed} ਪੰਨੇ ਮਨਜ਼ੂਰ ਨਹੀਂ ({changed} ਮਨਜ਼ੂਰੀ ਤੋਂ ਬਾਅਦ ਬਦਲੇ); ਉਹਨਾਂ ਤੇ “ਹਾਲੇ ਕਲੀਨੀਸ਼ੀਅਨ ਵੱਲੋਂ ਜਾਂਚਿਆ ਨਹੀਂ” ਲਿਖਿਆ ਹੈ</translation>
    </message>
    <message>
        <source>Clinical sign-off: {not_signed} of {pages} pages not signed off; they show “not yet checked by a clinician”</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਕਲੀਨਿਕਲ ਮਨਜ਼ੂਰੀ: {pages} ਵਿੱਚੋਂ {not_signed} ਪੰਨੇ ਮਨਜ਼ੂਰ ਨਹੀਂ; ਉਹਨਾਂ ਤੇ “ਹਾਲੇ ਕਲੀਨੀਸ਼ੀਅਨ ਵੱਲੋਂ ਜਾਂਚਿਆ ਨਹੀਂ” ਲਿਖਿਆ ਹੈ</translation>
    </message>
    <message>
        <source>{guide} {version} (built {date})</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{guide} {version} (ਬਣਾਇਆ {date})</translation>
    </message>
    <message>
        <source>{count} installed content packs in {folder}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{folder} ਵਿੱਚ {count} ਇੰਸਟਾਲ ਕੀਤੇ ਸਮੱਗਰੀ ਪੈਕ</translation>
    </message>
    <message>
        <source>{version} (pack built {date})</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{version} (ਪੈਕ ਬਣਾਇਆ {date})</translation>
    </message>
    <message>
        <source>the installed content pack in {folder}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{folder} ਵਿੱਚ ਇੰਸਟਾਲ ਕੀਤਾ ਸਮੱਗਰੀ ਪੈਕ</translation>
    </message>
    <message>
        <source>built into the app</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਐਪ ਵਿੱਚ ਸ਼ਾਮਲ</translation>
    </message>
    <message>
        <source>a content folder</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇੱਕ ਸਮੱਗਰੀ ਫੋਲਡਰ</translation>
    </message>
    <message>
        <source>the content built into the app</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਐਪ ਵਿੱਚ ਸ਼ਾਮਲ ਸਮੱਗਰੀ</translation>
    </message>
    <message>
        <source>Several guides are installed ({ids}): to go back for one of them, run kiosk pack rollback --guide ID on this PC.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਕਈ ਗਾਈਡਾਂ ਇੰਸਟਾਲ ਹਨ ({ids}): ਇਹਨਾਂ ਵਿੱਚੋਂ ਕਿਸੇ ਇੱਕ ਲਈ ਵਾਪਸ ਜਾਣ ਲਈ, ਇਸ ਪੀਸੀ ਉੱਤੇ kiosk pack rollback --guide ID ਚਲਾਓ।</translation>
    </message>
    <message>
        <source>Nothing to go back to: no content pack has been installed on this kiosk.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਵਾਪਸ ਜਾਣ ਲਈ ਕੁਝ ਨਹੀਂ: ਇਸ ਕਿਓਸਕ ਉੱਤੇ ਕੋਈ ਸਮੱਗਰੀ ਪੈਕ ਇੰਸਟਾਲ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।</translation>
    </message>
    <message>
        <source>(none: every setting is its default)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">(ਕੋਈ ਨਹੀਂ: ਹਰ ਸੈਟਿੰਗ ਆਪਣੇ ਮੂਲ ਮੁੱਲ ਤੇ ਹੈ)</translation>
    </message>
    <message>
        <source>Not working: {error}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਕੰਮ ਨਹੀਂ ਕਰ ਰਿਹਾ: {error}</translation>
    </message>
    <message>
        <source>Getting ready</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਤਿਆਰ ਹੋ ਰਿਹਾ ਹੈ</translation>
    </message>
    <message>
        <source>built ahead of time</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਪਹਿਲਾਂ ਤੋਂ ਬਣਾਇਆ</translation>
    </message>
    <message>
        <source>in the cache folder</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਕੈਸ਼ ਫੋਲਡਰ ਵਿੱਚ</translation>
    </message>
    <message>
        <source>in memory only</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਸਿਰਫ਼ ਮੈਮੋਰੀ ਵਿੱਚ</translation>
    </message>
    <message>
        <source>Working ({where})</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਕੰਮ ਕਰ ਰਿਹਾ ਹੈ ({where})</translation>
    </message>
    <message>
        <source>The usage counts could not be saved: {error}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਵਰਤੋਂ ਦੀ ਗਿਣਤੀ ਸੇਵ ਨਹੀਂ ਹੋ ਸਕੀ: {error}</translation>
    </message>
    <message>
        <source>Saved {rows} rows of usage counts to {file}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਵਰਤੋਂ ਦੀ ਗਿਣਤੀ ਦੀਆਂ {rows} ਕਤਾਰਾਂ {file} ਵਿੱਚ ਸੇਵ ਹੋਈਆਂ</translation>
    </message>
    <message>
        <source>Checking and installing {file}…</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{file} ਦੀ ਜਾਂਚ ਅਤੇ ਇੰਸਟਾਲ ਹੋ ਰਿਹਾ ਹੈ…</translation>
    </message>
    <message>
        <source>Not installed: {why}. To put this older edition back on purpose, tap it again.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇੰਸਟਾਲ ਨਹੀਂ ਹੋਇਆ: {why}। ਇਹ ਪੁਰਾਣਾ ਐਡੀਸ਼ਨ ਜਾਣ-ਬੁੱਝ ਕੇ ਵਾਪਸ ਲਿਆਉਣ ਲਈ ਇਸਨੂੰ ਫਿਰ ਛੂਹੋ।</translation>
    </message>
    <message>
        <source>Not installed: {why}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇੰਸਟਾਲ ਨਹੀਂ ਹੋਇਆ: {why}</translation>
    </message>
    <message>
        <source>{name} is already the content in use. Nothing changed.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{name} ਪਹਿਲਾਂ ਹੀ ਵਰਤੀ ਜਾ ਰਹੀ ਸਮੱਗਰੀ ਹੈ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।</translation>
    </message>
    <message>
        <source>Installed {name}. It is shown from the next reset (tap Done).</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{name} ਇੰਸਟਾਲ ਹੋ ਗਿਆ। ਇਹ ਅਗਲੇ ਰੀਸੈੱਟ ਤੋਂ ਦਿਖਾਇਆ ਜਾਵੇਗਾ (ਹੋ ਗਿਆ ਨੂੰ ਛੂਹੋ)।</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਨਹੀਂ ਹੋਇਆ: {why}</translation>
    </message>
    <message>
        <source>Went back to {name}. It is shown from the next reset (tap Done).</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{name} ਤੇ ਵਾਪਸ ਗਏ। ਇਹ ਅਗਲੇ ਰੀਸੈੱਟ ਤੋਂ ਦਿਖਾਇਆ ਜਾਵੇਗਾ (ਹੋ ਗਿਆ ਨੂੰ ਛੂਹੋ)।</translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਖੋਜ ਇੰਡੈਕਸ ਦੁਬਾਰਾ ਬਣ ਰਿਹਾ ਹੈ…</translation>
    </message>
    <message>
        <source>The search index was rebuilt.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਖੋਜ ਇੰਡੈਕਸ ਦੁਬਾਰਾ ਬਣ ਗਿਆ।</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt: {error}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਖੋਜ ਇੰਡੈਕਸ ਦੁਬਾਰਾ ਨਹੀਂ ਬਣ ਸਕਿਆ: {error}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Counting is switched off in the settings ([usage] enabled = false).</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਗਿਣਤੀ ਬੰਦ ਹੈ ([usage] enabled = false)।</translation>
    </message>
    <message>
        <source>No counts yet.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਹਾਲੇ ਕੋਈ ਗਿਣਤੀ ਨਹੀਂ।</translation>
    </message>
    <message>
        <source>Pages read: {count}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਪੜ੍ਹੇ ਗਏ ਪੰਨੇ: {count}</translation>
    </message>
    <message>
        <source>Searches: {count}, of which found nothing: {nothing}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਖੋਜਾਂ: {count}, ਜਿਨ੍ਹਾਂ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਮਿਲਿਆ: {nothing}</translation>
    </message>
    <message>
        <source>Large print turned on: {large}; read aloud used: {aloud}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਵੱਡੇ ਅੱਖਰ ਚਾਲੂ ਕੀਤੇ: {large}; ਉੱਚੀ ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਣਾ ਵਰਤਿਆ: {aloud}</translation>
    </message>
    <message>
        <source>“Was this page helpful?” Yes: {yes}, No: {no}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">“ਕੀ ਇਹ ਪੰਨਾ ਮਦਦਗਾਰ ਸੀ?” ਹਾਂ: {yes}, ਨਹੀਂ: {no}</translation>
    </message>
    <message>
        <source>Most read: {pages}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਸਭ ਤੋਂ ਵੱਧ ਪੜ੍ਹੇ ਗਏ: {pages}</translation>
    </message>
    <message>
        <source>Health words searched for but not found: {words}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਸਿਹਤ ਦੇ ਸ਼ਬਦ ਜੋ ਖੋਜੇ ਗਏ ਪਰ ਨਹੀਂ ਮਿਲੇ: {words}</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਸਟਾਫ਼ ਪੈਨਲ</translation>
    </message>
    <message>
        <source>Install from USB</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">USB ਤੋਂ ਇੰਸਟਾਲ ਕਰੋ</translation>
    </message>
    <message>
        <source>Go back to previous content</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਪਿਛਲੀ ਸਮੱਗਰੀ ਤੇ ਵਾਪਸ ਜਾਓ</translation>
    </message>
    <message>
        <source>Rebuild search index</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਖੋਜ ਇੰਡੈਕਸ ਦੁਬਾਰਾ ਬਣਾਓ</translation>
    </message>
    <message>
        <source>Export counts (CSV)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਗਿਣਤੀ ਐਕਸਪੋਰਟ ਕਰੋ (CSV)</translation>
    </message>
    <message>
        <source>Content</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਸਮੱਗਰੀ</translation>
    </message>
    <message>
        <source>Pages due for review (overdue, or due within 90 days)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਸਮੀਖਿਆ ਲਈ ਪੰਨੇ (ਬਕਾਇਆ, ਜਾਂ 90 ਦਿਨਾਂ ਦੇ ਅੰਦਰ)</translation>
    </message>
    <message>
        <source>Search index</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਖੋਜ ਇੰਡੈਕਸ</translation>
    </message>
    <message>
        <source>Usage in the last 30 days</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਪਿਛਲੇ 30 ਦਿਨਾਂ ਵਿੱਚ ਵਰਤੋਂ</translation>
    </message>
    <message>
        <source>Settings in use</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਵਰਤੀਆਂ ਜਾ ਰਹੀਆਂ ਸੈਟਿੰਗਾਂ</translation>
    </message>
    <message>
        <source>Log file</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਲੌਗ ਫ਼ਾਈਲ</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਕਿਓਸਕ ਮੋਡ ਛੱਡੋ</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਐਪ ਬੰਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਹੋ ਗਿਆ</translation>
    </message>
    <message>
        <source>{count} pages, from {source}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{count} ਪੰਨੇ, {source} ਤੋਂ</translation>
    </message>
    <message>
        <source>None.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਕੋਈ ਨਹੀਂ।</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਫ਼ਾਈਲ: {path}</translation>
    </message>
    <message>
        <source>Go back to {name}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{name} ਤੇ ਵਾਪਸ ਜਾਓ</translation>
    </message>
    <message>
        <source>{title}: review was due {date} (1 day ago)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{title}: ਸਮੀਖਿਆ {date} ਨੂੰ ਹੋਣੀ ਸੀ (1 ਦਿਨ ਪਹਿਲਾਂ)</translation>
    </message>
    <message>
        <source>{title}: review was due {date} ({days} days ago)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{title}: ਸਮੀਖਿਆ {date} ਨੂੰ ਹੋਣੀ ਸੀ ({days} ਦਿਨ ਪਹਿਲਾਂ)</translation>
    </message>
    <message>
        <source>{title}: review due {date} (in 1 day)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{title}: ਸਮੀਖਿਆ {date} ਤੱਕ (1 ਦਿਨ ਵਿੱਚ)</translation>
    </message>
    <message>
        <source>{title}: review due {date} (in {days} days)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{title}: ਸਮੀਖਿਆ {date} ਤੱਕ ({days} ਦਿਨਾਂ ਵਿੱਚ)</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਹਾਂ</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਨਹੀਂ</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">(ਸੈੱਟ ਨਹੀਂ)</translation>
    </message>
    <message>
        <source>set</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਸੈੱਟ ਹੈ</translation>
    </message>
    <message>
        <source>not set (staff cannot leave kiosk mode)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਸੈੱਟ ਨਹੀਂ (ਸਟਾਫ਼ ਕਿਓਸਕ ਮੋਡ ਤੋਂ ਬਾਹਰ ਨਹੀਂ ਜਾ ਸਕਦਾ)</translation>
    </message>
    <message>
        <source>No content pack (.kpack file) was found on a USB stick or in the pickup folder.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">USB ਸਟਿੱਕ ਜਾਂ ਪਿਕਅੱਪ ਫੋਲਡਰ ਵਿੱਚ ਕੋਈ ਸਮੱਗਰੀ ਪੈਕ (.kpack ਫ਼ਾਈਲ) ਨਹੀਂ ਮਿਲਿਆ।</translation>
    </message>
    <message>
        <source>Tap the pack to install. It is checked before anything changes.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇੰਸਟਾਲ ਕਰਨ ਲਈ ਪੈਕ ਨੂੰ ਛੂਹੋ। ਕੁਝ ਵੀ ਬਦਲਣ ਤੋਂ ਪਹਿਲਾਂ ਇਸਦੀ ਜਾਂਚ ਹੁੰਦੀ ਹੈ।</translation>
    </message>
    <message>
        <source>Install {file}  ({folder})</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{file} ਇੰਸਟਾਲ ਕਰੋ  ({folder})</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਕੀ ਤੁਸੀਂ ਅਜੇ ਵੀ ਇੱਥੇ ਹੋ?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਮੈਂ ਅਜੇ ਇੱਥੇ ਹਾਂ</translation>
    </message>
    <message>
        <source>To keep your information private, this screen will go back to the start in 1 second.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਨਿੱਜੀ ਰੱਖਣ ਲਈ, ਇਹ ਸਕਰੀਨ 1 ਸਕਿੰਟ ਵਿੱਚ ਸ਼ੁਰੂ ਤੇ ਵਾਪਸ ਚਲੀ ਜਾਵੇਗੀ।</translation>
    </message>
    <message>
        <source>To keep your information private, this screen will go back to the start in {seconds} seconds.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਨਿੱਜੀ ਰੱਖਣ ਲਈ, ਇਹ ਸਕਰੀਨ {seconds} ਸਕਿੰਟਾਂ ਵਿੱਚ ਸ਼ੁਰੂ ਤੇ ਵਾਪਸ ਚਲੀ ਜਾਵੇਗੀ।</translation>
    </message>
</context>
<context>
    <name>TakeHomePanel</name>
    <message>
        <source>Keep this page on your phone</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਹ ਸਫ਼ਾ ਆਪਣੇ ਫ਼ੋਨ ਵਿੱਚ ਰੱਖੋ</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the square code. It holds a short summary of this page and a website to read more. Nothing is sent from this screen.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਆਪਣੇ ਫ਼ੋਨ ਦਾ ਕੈਮਰਾ ਚੌਰਸ ਕੋਡ ਵੱਲ ਕਰੋ। ਇਸ ਵਿੱਚ ਇਸ ਸਫ਼ੇ ਦਾ ਛੋਟਾ ਸਾਰ ਅਤੇ ਹੋਰ ਪੜ੍ਹਨ ਲਈ ਇੱਕ ਵੈੱਬਸਾਈਟ ਹੈ। ਇਸ ਸਕਰੀਨ ਤੋਂ ਕੁਝ ਵੀ ਨਹੀਂ ਭੇਜਿਆ ਜਾਂਦਾ।</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਬੰਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>Close the square code and go back to the page</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਚੌਰਸ ਕੋਡ ਬੰਦ ਕਰੋ ਅਤੇ ਸਫ਼ੇ ਤੇ ਵਾਪਸ ਜਾਓ</translation>
    </message>
    <message>
        <source>Square code with this page&apos;s summary and a website</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਸ ਸਫ਼ੇ ਦੇ ਸਾਰ ਅਤੇ ਇੱਕ ਵੈੱਬਸਾਈਟ ਵਾਲਾ ਚੌਰਸ ਕੋਡ</translation>
    </message>
    <message>
        <source>Square code with this page&apos;s summary</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਸ ਸਫ਼ੇ ਦੇ ਸਾਰ ਵਾਲਾ ਚੌਰਸ ਕੋਡ</translation>
    </message>
</context>
<context>
    <name>UrgentNumbers</name>
    <message>
        <source>Call your 24-hour cancer line now, day or night</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਹੁਣੇ ਆਪਣੀ 24 ਘੰਟੇ ਵਾਲੀ ਕੈਂਸਰ ਲਾਈਨ ਤੇ ਫ਼ੋਨ ਕਰੋ, ਦਿਨ ਹੋਵੇ ਜਾਂ ਰਾਤ</translation>
    </message>
    <message>
        <source>Call your cancer line now, or NHS 111 when it is closed</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="obsolete">ਹੁਣੇ ਆਪਣੀ ਕੈਂਸਰ ਲਾਈਨ ਤੇ ਫ਼ੋਨ ਕਰੋ, ਜਾਂ ਬੰਦ ਹੋਵੇ ਤਾਂ NHS 111 ਤੇ</translation>
    </message>
    <message>
        <source>It is open {hours}.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਹ {hours} ਖੁੱਲ੍ਹੀ ਹੈ।</translation>
    </message>
    <message>
        <source>{call_now}. Call the number on your alert card. If you have no card, go to A&amp;E or call NHS 111.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{call_now}। ਆਪਣੇ ਅਲਰਟ ਕਾਰਡ ਵਾਲੇ ਨੰਬਰ ਤੇ ਫ਼ੋਨ ਕਰੋ। ਜੇ ਤੁਹਾਡੇ ਕੋਲ ਕਾਰਡ ਨਹੀਂ ਹੈ, ਤਾਂ A&amp;E ਜਾਓ ਜਾਂ NHS 111 ਤੇ ਫ਼ੋਨ ਕਰੋ।</translation>
    </message>
    <message>
        <source>A first fit, signs of a stroke, chest pain, very bad trouble breathing or collapse</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="obsolete">ਪਹਿਲੀ ਵਾਰ ਦੌਰਾ (ਫਿੱਟ), ਅਧਰੰਗ (ਸਟ੍ਰੋਕ) ਦੀਆਂ ਨਿਸ਼ਾਨੀਆਂ, ਛਾਤੀ ਵਿੱਚ ਦਰਦ, ਸਾਹ ਲੈਣ ਵਿੱਚ ਬਹੁਤ ਜ਼ਿਆਦਾ ਤਕਲੀਫ਼ ਜਾਂ ਡਿੱਗ ਪੈਣਾ</translation>
    </message>
    <message>
        <source>Call your cancer line now, or go to A&amp;E when it is closed</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਹੁਣੇ ਆਪਣੀ ਕੈਂਸਰ ਲਾਈਨ ਤੇ ਫ਼ੋਨ ਕਰੋ, ਜਾਂ ਬੰਦ ਹੋਵੇ ਤਾਂ A&amp;E ਜਾਓ</translation>
    </message>
    <message>
        <source>A first fit or a long fit, signs of a stroke, new or very bad chest pain, very bad trouble breathing or collapse</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਪਹਿਲੀ ਵਾਰ ਦੌਰਾ (ਫਿੱਟ) ਜਾਂ ਲੰਮਾ ਦੌਰਾ, ਅਧਰੰਗ (ਸਟ੍ਰੋਕ) ਦੀਆਂ ਨਿਸ਼ਾਨੀਆਂ, ਛਾਤੀ ਵਿੱਚ ਨਵਾਂ ਜਾਂ ਬਹੁਤ ਤੇਜ਼ ਦਰਦ, ਸਾਹ ਲੈਣ ਵਿੱਚ ਬਹੁਤ ਜ਼ਿਆਦਾ ਤਕਲੀਫ਼ ਜਾਂ ਡਿੱਗ ਪੈਣਾ</translation>
    </message>
    <message>
        <source>Call 999</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">999 ਤੇ ਫ਼ੋਨ ਕਰੋ</translation>
    </message>
    <message>
        <source>In the clinic now and feel unwell? Tell a member of staff straight away.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਕੀ ਤੁਸੀਂ ਹੁਣ ਕਲੀਨਿਕ ਵਿੱਚ ਹੋ ਅਤੇ ਤਬੀਅਤ ਠੀਕ ਨਹੀਂ? ਫੌਰਨ ਸਟਾਫ਼ ਦੇ ਕਿਸੇ ਮੈਂਬਰ ਨੂੰ ਦੱਸੋ।</translation>
    </message>
    <message>
        <source>Cannot get through? Go to A&amp;E, or call NHS 111.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਗੱਲ ਨਹੀਂ ਹੋ ਰਹੀ? A&amp;E ਜਾਓ, ਜਾਂ NHS 111 ਤੇ ਫ਼ੋਨ ਕਰੋ।</translation>
    </message>
</context>
<context>
    <name>WordPanel</name>
    <message>
        <source>What this word means</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਇਸ ਸ਼ਬਦ ਦਾ ਕੀ ਮਤਲਬ ਹੈ</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਬੰਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>Close the explanation and go back to the page</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਵਿਆਖਿਆ ਬੰਦ ਕਰੋ ਅਤੇ ਸਫ਼ੇ ਤੇ ਵਾਪਸ ਜਾਓ</translation>
    </message>
    <message>
        <source>Urgent help</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਫੌਰੀ ਮਦਦ</translation>
    </message>
</context>
<context>
    <name>_BlackCover</name>
    <message>
        <source>Screen off outside clinic hours. Touch to wake.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ਕਲੀਨਿਕ ਦੇ ਸਮੇਂ ਤੋਂ ਬਾਹਰ ਸਕਰੀਨ ਬੰਦ ਹੈ। ਜਗਾਉਣ ਲਈ ਛੂਹੋ।</translation>
    </message>
</context>
</TS>
