<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn">
<context>
    <name>AppController</name>
    <message>
        <source>This guide does not cover that. Please ask a nurse or the reception desk.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এই গাইডে এ বিষয়ে তথ্য নেই। দয়া করে একজন নার্স বা রিসেপশনে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <source>These guides do not cover that. Please ask a nurse or the reception desk.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এই গাইডগুলোতে এ বিষয়ে তথ্য নেই। দয়া করে একজন নার্স বা রিসেপশনে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <source>In: {guide}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এতে: {guide}</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">কিছু একটা ভুল হয়েছে</translation>
    </message>
    <message>
        <source>Sorry. The screen is going back to the start. You can then carry on.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">দুঃখিত। স্ক্রিন শুরুতে ফিরে যাচ্ছে। তারপর আপনি আবার চালিয়ে যেতে পারবেন।</translation>
    </message>
</context>
<context>
    <name>HelpfulRow</name>
    <message>
        <source>Was this page helpful?</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এই পাতাটি কি কাজে লেগেছে?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">হ্যাঁ</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">না</translation>
    </message>
    <message>
        <source>Thank you. Your answer helps us improve these pages.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ধন্যবাদ। আপনার উত্তর আমাদের এই পাতাগুলো আরও ভালো করতে সাহায্য করে।</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Patient information</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">রোগীদের জন্য তথ্য</translation>
    </message>
    <message>
        <source>Choose a guide to read.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">পড়ার জন্য একটি গাইড বেছে নিন।</translation>
    </message>
    <message>
        <source>There are no pages to show yet. Please ask a member of staff for help.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এখনও দেখানোর মতো কোনো পাতা নেই। অনুগ্রহ করে একজন কর্মীর কাছে সাহায্য চান।</translation>
    </message>
    <message>
        <source>This translation has not been checked</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এই অনুবাদটি এখনও যাচাই করা হয়নি</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">সহজ পাঠ</translation>
    </message>
    <message>
        <source>Short pages with a picture beside each point</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ছোট পাতা, প্রতিটি কথার পাশে একটি ছবি</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">আপনার ভাষা বেছে নিন</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">আপনার ভাষা বেছে নিন</translation>
    </message>
    <message>
        <source>Show this to staff</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এটি কর্মীদের দেখান</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">বন্ধ করুন</translation>
    </message>
</context>
<context>
    <name>LetterBar</name>
    <message>
        <source>Jump to a letter</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">একটি অক্ষরে যান</translation>
    </message>
    <message>
        <source>Words starting with {letter}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{letter} দিয়ে শুরু হওয়া শব্দ</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>This is a website</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এটি একটি ওয়েবসাইট</translation>
    </message>
    <message>
        <source>This screen cannot open websites. To visit it, point your phone&apos;s camera at the square code, or type the address into your phone.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এই স্ক্রিন ওয়েবসাইট খুলতে পারে না। এটি দেখতে, আপনার ফোনের ক্যামেরা বর্গাকার কোডের দিকে ধরুন, অথবা ঠিকানাটি আপনার ফোনে টাইপ করুন।</translation>
    </message>
</context>
<context>
    <name>ListenBar</name>
    <message>
        <source>Listen</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">শুনুন</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এই পাতাটি জোরে পড়ে শোনান</translation>
    </message>
    <message>
        <source>Pause</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">থামান</translation>
    </message>
    <message>
        <source>Pause reading aloud</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">জোরে পড়া থামিয়ে রাখুন</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">চালিয়ে যান</translation>
    </message>
    <message>
        <source>Carry on reading aloud from where it paused</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">যেখানে থেমেছিল সেখান থেকে আবার জোরে পড়া শুরু করুন</translation>
    </message>
    <message>
        <source>Stop</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">বন্ধ করুন</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">জোরে পড়া বন্ধ করুন</translation>
    </message>
    <message>
        <source>Take home</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">বাড়ি নিয়ে যান</translation>
    </message>
    <message>
        <source>Show a square code to keep this page&apos;s summary on your phone</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এই পাতার সারাংশ আপনার ফোনে রাখতে একটি বর্গাকার কোড দেখান</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">হোম</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">পিছনে</translation>
    </message>
    <message>
        <source>Search</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">খুঁজুন</translation>
    </message>
    <message>
        <source>Large print</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">বড় লেখা</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">গাঢ় রং</translation>
    </message>
    <message>
        <source>Urgent help</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">জরুরি সাহায্য</translation>
    </message>
    <message>
        <source>Print</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">প্রিন্ট</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">মুছুন</translation>
    </message>
    <message>
        <source>Space</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ফাঁকা জায়গা</translation>
    </message>
    <message>
        <source>Search</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">খুঁজুন</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">সব মুছুন</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>You might also want to read</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">আপনি এগুলোও পড়তে চাইতে পারেন</translation>
    </message>
    <message>
        <source>This translation has not been checked</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এই অনুবাদটি এখনও যাচাই করা হয়নি</translation>
    </message>
    <message>
        <source>More about {topic}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{topic} সম্পর্কে আরও</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">শুধু কর্মীদের জন্য</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">বাতিল করুন</translation>
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
        <translation type="unfinished">এই পাতার ওয়েবসাইটগুলো</translation>
    </message>
    <message>
        <source>To visit one, point your phone&apos;s camera at its square code, or type the address.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">কোনোটি দেখতে, আপনার ফোনের ক্যামেরা তার বর্গাকার কোডের দিকে ধরুন, অথবা ঠিকানাটি টাইপ করুন।</translation>
    </message>
    <message>
        <source>From the patient information guide “{guide}”, printed on {date}.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">রোগীদের তথ্য নির্দেশিকা “{guide}” থেকে, {date} তারিখে ছাপা।</translation>
    </message>
    <message>
        <source>This information does not replace advice from your own team. Please ask them about anything on this page.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এই তথ্য আপনার নিজের চিকিৎসা দলের পরামর্শের বিকল্প নয়। এই পাতার যেকোনো বিষয়ে অনুগ্রহ করে তাঁদের জিজ্ঞেস করুন।</translation>
    </message>
</context>
<context>
    <name>QrPanel</name>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">বন্ধ করুন</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">খুঁজুন</translation>
    </message>
    <message>
        <source>Type a word or a question, for example “bone pain” or “chemo”.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">একটি শব্দ বা প্রশ্ন টাইপ করুন, যেমন “হাড়ে ব্যথা” বা “কেমো”।</translation>
    </message>
    <message>
        <source>Type here to search</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">খুঁজতে এখানে লিখুন</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">সব মুছুন</translation>
    </message>
    <message>
        <source>Urgent help: if you feel unwell</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">জরুরি সাহায্য: যদি অসুস্থ বোধ করেন</translation>
    </message>
    <message>
        <source>Or choose a topic</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">অথবা একটি বিষয় বেছে নিন</translation>
    </message>
    <message>
        <source>More topics</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">আরও বিষয়</translation>
    </message>
    <message>
        <source>Sorry, search is not working at the moment. Please choose a topic below, or ask a member of staff.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">দুঃখিত, এই মুহূর্তে খোঁজ কাজ করছে না। অনুগ্রহ করে নিচে থেকে একটি বিষয় বেছে নিন, অথবা একজন কর্মীকে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <source>Getting search ready. This takes a moment…</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">খোঁজ প্রস্তুত করা হচ্ছে। এতে একটু সময় লাগে…</translation>
    </message>
    <message>
        <source>More than {count} pages match “{query}”. Here are the {count} that match best. Add a word to find fewer. Choose one to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {count} best of more than {count} pages for “{query}”. Add a word to find fewer. Choose one to read it.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="obsolete">“{query}”-এর জন্য {count}টির বেশি পাতার মধ্যে সেরা {count}টি। কম পাতা পেতে আরেকটি শব্দ যোগ করুন। পড়তে একটি বেছে নিন।</translation>
    </message>
    <message>
        <source>1 page found for “{query}”. Choose one to read it.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">“{query}”-এর জন্য 1টি পাতা পাওয়া গেছে। পড়তে এটি বেছে নিন।</translation>
    </message>
    <message>
        <source>{count} pages found for “{query}”. Choose one to read it.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">“{query}”-এর জন্য {count}টি পাতা পাওয়া গেছে। পড়তে একটি বেছে নিন।</translation>
    </message>
    <message>
        <source>Sorry, we could not find a page about that. Please ask a nurse or the reception desk.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">দুঃখিত, এ বিষয়ে কোনো পাতা পাওয়া যায়নি। দয়া করে একজন নার্স বা রিসেপশনে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <source>Did you mean “{word}”?</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">আপনি কি “{word}” বোঝাতে চেয়েছেন?</translation>
    </message>
</context>
<context>
    <name>StaffCard</name>
    <message>
        <source>I need an interpreter for {language}.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">আমার একজন {language} দোভাষী দরকার।</translation>
    </message>
    <message>
        <source>I need help now.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">আমার এখনই সাহায্য দরকার।</translation>
    </message>
    <message>
        <source>Please speak slowly.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">দয়া করে ধীরে কথা বলুন।</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>Translate as the name of YOUR language, as it reads inside &quot;I need an interpreter for {language}.&quot;</extracomment>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">বাংলা</translation>
    </message>
    <message>
        <source>Show this to a member of staff</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এটি একজন কর্মীকে দেখান</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">বন্ধ করুন</translation>
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
        <translation type="unfinished">আপনি কি এখনও এখানে আছেন?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">আমি এখনও এখানে আছি</translation>
    </message>
    <message>
        <source>To keep your information private, this screen will go back to the start in 1 second.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">আপনার তথ্য গোপন রাখতে, এই স্ক্রিন 1 সেকেন্ডের মধ্যে শুরুতে ফিরে যাবে।</translation>
    </message>
    <message>
        <source>To keep your information private, this screen will go back to the start in {seconds} seconds.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">আপনার তথ্য গোপন রাখতে, এই স্ক্রিন {seconds} সেকেন্ডের মধ্যে শুরুতে ফিরে যাবে।</translation>
    </message>
</context>
<context>
    <name>TakeHomePanel</name>
    <message>
        <source>Keep this page on your phone</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এই পাতাটি আপনার ফোনে রাখুন</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the square code. It holds a short summary of this page and a website to read more. Nothing is sent from this screen.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">আপনার ফোনের ক্যামেরা বর্গাকার কোডের দিকে ধরুন। এতে এই পাতার একটি ছোট সারাংশ এবং আরও পড়ার জন্য একটি ওয়েবসাইট আছে। এই স্ক্রিন থেকে কিছুই পাঠানো হয় না।</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">বন্ধ করুন</translation>
    </message>
    <message>
        <source>Close the square code and go back to the page</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">বর্গাকার কোড বন্ধ করে পাতায় ফিরে যান</translation>
    </message>
    <message>
        <source>Square code with this page&apos;s summary and a website</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এই পাতার সারাংশ ও একটি ওয়েবসাইটসহ বর্গাকার কোড</translation>
    </message>
    <message>
        <source>Square code with this page&apos;s summary</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এই পাতার সারাংশসহ বর্গাকার কোড</translation>
    </message>
</context>
<context>
    <name>UrgentNumbers</name>
    <message>
        <source>Call your 24-hour cancer line now, day or night</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এখনই আপনার 24 ঘণ্টার ক্যান্সার লাইনে ফোন করুন, দিনে বা রাতে</translation>
    </message>
    <message>
        <source>Call your cancer line now, or NHS 111 when it is closed</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="obsolete">এখনই আপনার ক্যান্সার লাইনে ফোন করুন, বা বন্ধ থাকলে NHS 111-এ</translation>
    </message>
    <message>
        <source>It is open {hours}.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এটি খোলা থাকে: {hours}।</translation>
    </message>
    <message>
        <source>{call_now}. Call the number on your alert card. If you have no card, go to A&amp;E or call NHS 111.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{call_now}। আপনার অ্যালার্ট কার্ডের নম্বরে ফোন করুন। কার্ড না থাকলে A&amp;E-তে যান বা NHS 111-এ ফোন করুন।</translation>
    </message>
    <message>
        <source>A first fit, signs of a stroke, chest pain, very bad trouble breathing or collapse</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="obsolete">প্রথমবার খিঁচুনি, স্ট্রোকের লক্ষণ, বুকে ব্যথা, শ্বাস নিতে খুব বেশি কষ্ট বা অজ্ঞান হয়ে পড়ে যাওয়া</translation>
    </message>
    <message>
        <source>Call your cancer line now, or go to A&amp;E when it is closed</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এখনই আপনার ক্যান্সার লাইনে ফোন করুন, বা বন্ধ থাকলে A&amp;E-তে যান</translation>
    </message>
    <message>
        <source>A first fit or a long fit, signs of a stroke, new or very bad chest pain, very bad trouble breathing or collapse</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">প্রথমবার খিঁচুনি বা দীর্ঘ সময় ধরে খিঁচুনি, স্ট্রোকের লক্ষণ, বুকে নতুন বা খুব তীব্র ব্যথা, শ্বাস নিতে খুব বেশি কষ্ট বা অজ্ঞান হয়ে পড়ে যাওয়া</translation>
    </message>
    <message>
        <source>Call 999</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">999 নম্বরে ফোন করুন</translation>
    </message>
    <message>
        <source>In the clinic now and feel unwell? Tell a member of staff straight away.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এখন ক্লিনিকে আছেন এবং অসুস্থ বোধ করছেন? এখনই একজন কর্মীকে বলুন।</translation>
    </message>
    <message>
        <source>Cannot get through? Go to A&amp;E, or call NHS 111.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">যোগাযোগ করতে পারছেন না? A&amp;E-তে যান, বা NHS 111-এ ফোন করুন।</translation>
    </message>
</context>
<context>
    <name>WordPanel</name>
    <message>
        <source>What this word means</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এই শব্দের মানে কী</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">বন্ধ করুন</translation>
    </message>
    <message>
        <source>Close the explanation and go back to the page</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ব্যাখ্যা বন্ধ করে পাতায় ফিরে যান</translation>
    </message>
</context>
</TS>
