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
    <message>
        <source>Print this page</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এই পাতাটি প্রিন্ট করুন</translation>
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
        <source>OK</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ঠিক আছে</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">মুছুন</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">বাতিল করুন</translation>
    </message>
    <message>
        <source>No staff PIN has been set, so kiosk mode cannot be left from the screen. To set one, run “kiosk set-pin” on this PC (see the deployment guide).</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">কর্মীদের কোনো PIN সেট করা হয়নি, তাই স্ক্রিন থেকে কিয়স্ক মোড ছাড়া যাবে না। PIN সেট করতে এই PC-তে “kiosk set-pin” চালান (ইনস্টল করার নির্দেশিকা দেখুন)।</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">কর্মীদের PIN লিখুন।</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">PIN যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <source>The PIN could not be checked. Please try again.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">PIN যাচাই করা যায়নি। আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এই PIN ঠিক নয়। আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait {seconds} seconds before trying again.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">অনেকবার ভুল PIN। আবার চেষ্টা করার আগে {seconds} সেকেন্ড অপেক্ষা করুন।</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>(in the box “{title}” on this sheet)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">(এই কাগজে “{title}” বাক্সে)</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এখনই সাহায্য দরকার হলে</translation>
    </message>
    <message>
        <source>(the page “{title}” in this guide)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">(এই গাইডের “{title}” পাতা)</translation>
    </message>
    <message>
        <source>(open {hours})</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">(খোলা: {hours})</translation>
    </message>
    <message>
        <source>{call_999} for {signs}.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{signs} হলে {call_999}।</translation>
    </message>
    <message>
        <source>breast care nurse {number}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ব্রেস্ট কেয়ার নার্স {number}</translation>
    </message>
    <message>
        <source>reception {number}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">রিসেপশন {number}</translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">আপনার ক্লিনিক</translation>
    </message>
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
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{count}টির বেশি পাতা “{query}”-এর সাথে মেলে। সবচেয়ে ভালো মেলে এমন {count}টি পাতা এখানে। কম পেতে একটি শব্দ যোগ করুন। পড়তে একটি বেছে নিন।</translation>
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
    <name>StaffController</name>
    <message>
        <source>Clinical sign-off: all {pages} pages signed off</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ক্লিনিক্যাল অনুমোদন: সব {pages}টি পাতা অনুমোদিত</translation>
    </message>
    <message>
        <source>Clinical sign-off: {not_signed} of {pages} pages not signed off ({changed} changed since their sign-off); they show “not yet checked by a clinician”</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ক্লিনিক্যাল অনুমোদন: {pages}টির মধ্যে {not_signed}টি পাতা অনুমোদিত নয় ({changed}টি অনুমোদনের পরে বদলেছে); সেগুলোতে “এখনও কোনো চিকিৎসক যাচাই করেননি” দেখায়</translation>
    </message>
    <message>
        <source>Clinical sign-off: {not_signed} of {pages} pages not signed off; they show “not yet checked by a clinician”</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ক্লিনিক্যাল অনুমোদন: {pages}টির মধ্যে {not_signed}টি পাতা অনুমোদিত নয়; সেগুলোতে “এখনও কোনো চিকিৎসক যাচাই করেননি” দেখায়</translation>
    </message>
    <message>
        <source>{guide} {version} (built {date})</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{guide} {version} (তৈরি {date})</translation>
    </message>
    <message>
        <source>{count} installed content packs in {folder}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{folder}-এ {count}টি ইনস্টল করা কনটেন্ট প্যাক</translation>
    </message>
    <message>
        <source>{version} (pack built {date})</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{version} (প্যাক তৈরি {date})</translation>
    </message>
    <message>
        <source>the installed content pack in {folder}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{folder}-এ ইনস্টল করা কনটেন্ট প্যাক</translation>
    </message>
    <message>
        <source>built into the app</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">অ্যাপের ভিতরে থাকা</translation>
    </message>
    <message>
        <source>a content folder</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">একটি কনটেন্ট ফোল্ডার</translation>
    </message>
    <message>
        <source>the content built into the app</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">অ্যাপের ভিতরের কনটেন্ট</translation>
    </message>
    <message>
        <source>Several guides are installed ({ids}): to go back for one of them, run kiosk pack rollback --guide ID on this PC.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">কয়েকটি গাইড ইনস্টল করা আছে ({ids}): এর কোনো একটির আগের অবস্থায় ফিরতে, এই পিসিতে kiosk pack rollback --guide ID চালান।</translation>
    </message>
    <message>
        <source>Nothing to go back to: no content pack has been installed on this kiosk.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ফিরে যাওয়ার কিছু নেই: এই কিয়স্কে কোনো কনটেন্ট প্যাক ইনস্টল করা হয়নি।</translation>
    </message>
    <message>
        <source>(none: every setting is its default)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">(কোনোটি নয়: প্রতিটি সেটিং তার ডিফল্ট মানে আছে)</translation>
    </message>
    <message>
        <source>Not working: {error}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">কাজ করছে না: {error}</translation>
    </message>
    <message>
        <source>Getting ready</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">প্রস্তুত হচ্ছে</translation>
    </message>
    <message>
        <source>built ahead of time</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">আগে থেকে তৈরি</translation>
    </message>
    <message>
        <source>in the cache folder</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ক্যাশ ফোল্ডারে</translation>
    </message>
    <message>
        <source>in memory only</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">শুধু মেমরিতে</translation>
    </message>
    <message>
        <source>Working ({where})</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">কাজ করছে ({where})</translation>
    </message>
    <message>
        <source>The usage counts could not be saved: {error}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ব্যবহারের হিসাব সেভ করা যায়নি: {error}</translation>
    </message>
    <message>
        <source>Saved {rows} rows of usage counts to {file}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ব্যবহারের হিসাবের {rows}টি সারি {file}-এ সেভ হয়েছে</translation>
    </message>
    <message>
        <source>Checking and installing {file}…</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{file} যাচাই ও ইনস্টল করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Not installed: {why}. To put this older edition back on purpose, tap it again.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ইনস্টল হয়নি: {why}। এই পুরোনো সংস্করণটি ইচ্ছা করে ফিরিয়ে আনতে আবার ছুঁয়ে দিন।</translation>
    </message>
    <message>
        <source>Not installed: {why}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ইনস্টল হয়নি: {why}</translation>
    </message>
    <message>
        <source>{name} is already the content in use. Nothing changed.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{name} আগে থেকেই ব্যবহৃত কনটেন্ট। কিছুই বদলায়নি।</translation>
    </message>
    <message>
        <source>Installed {name}. It is shown from the next reset (tap Done).</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{name} ইনস্টল হয়েছে। পরের রিসেট থেকে এটি দেখানো হবে (হয়ে গেছে ছুঁয়ে দিন)।</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">হয়নি: {why}</translation>
    </message>
    <message>
        <source>Went back to {name}. It is shown from the next reset (tap Done).</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{name}-এ ফিরে যাওয়া হয়েছে। পরের রিসেট থেকে এটি দেখানো হবে (হয়ে গেছে ছুঁয়ে দিন)।</translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">খোঁজার ইনডেক্স আবার তৈরি হচ্ছে…</translation>
    </message>
    <message>
        <source>The search index was rebuilt.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">খোঁজার ইনডেক্স আবার তৈরি হয়েছে।</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt: {error}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">খোঁজার ইনডেক্স আবার তৈরি করা যায়নি: {error}</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Counting is switched off in the settings ([usage] enabled = false).</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">সেটিংসে গণনা বন্ধ করা আছে ([usage] enabled = false)।</translation>
    </message>
    <message>
        <source>No counts yet.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">এখনও কোনো হিসাব নেই।</translation>
    </message>
    <message>
        <source>Pages read: {count}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">পড়া পাতা: {count}</translation>
    </message>
    <message>
        <source>Searches: {count}, of which found nothing: {nothing}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">খোঁজ: {count}, যার মধ্যে কিছু পাওয়া যায়নি: {nothing}</translation>
    </message>
    <message>
        <source>Large print turned on: {large}; read aloud used: {aloud}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">বড় লেখা চালু: {large}; জোরে পড়ে শোনানো ব্যবহৃত: {aloud}</translation>
    </message>
    <message>
        <source>“Was this page helpful?” Yes: {yes}, No: {no}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">“এই পাতাটি কি কাজে লেগেছে?” হ্যাঁ: {yes}, না: {no}</translation>
    </message>
    <message>
        <source>Most read: {pages}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">সবচেয়ে বেশি পড়া: {pages}</translation>
    </message>
    <message>
        <source>Health words searched for but not found: {words}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">স্বাস্থ্যের যে শব্দ খোঁজা হয়েছে কিন্তু পাওয়া যায়নি: {words}</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">কর্মীদের প্যানেল</translation>
    </message>
    <message>
        <source>Install from USB</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">USB থেকে ইনস্টল করুন</translation>
    </message>
    <message>
        <source>Go back to previous content</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">আগের কনটেন্টে ফিরে যান</translation>
    </message>
    <message>
        <source>Rebuild search index</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">খোঁজার ইনডেক্স আবার তৈরি করুন</translation>
    </message>
    <message>
        <source>Export counts (CSV)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">হিসাব এক্সপোর্ট করুন (CSV)</translation>
    </message>
    <message>
        <source>Content</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">কনটেন্ট</translation>
    </message>
    <message>
        <source>Pages due for review (overdue, or due within 90 days)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">পর্যালোচনার জন্য পাতা (সময় পেরিয়েছে, বা 90 দিনের মধ্যে)</translation>
    </message>
    <message>
        <source>Search index</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">খোঁজার ইনডেক্স</translation>
    </message>
    <message>
        <source>Usage in the last 30 days</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">গত 30 দিনে ব্যবহার</translation>
    </message>
    <message>
        <source>Settings in use</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ব্যবহৃত সেটিংস</translation>
    </message>
    <message>
        <source>Log file</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">লগ ফাইল</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">কিয়স্ক মোড ছাড়ুন</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">অ্যাপ বন্ধ করুন</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">হয়ে গেছে</translation>
    </message>
    <message>
        <source>{count} pages, from {source}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{count}টি পাতা, {source} থেকে</translation>
    </message>
    <message>
        <source>None.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">নেই।</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ফাইল: {path}</translation>
    </message>
    <message>
        <source>Go back to {name}</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{name}-এ ফিরে যান</translation>
    </message>
    <message>
        <source>{title}: review was due {date} (1 day ago)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{title}: পর্যালোচনার তারিখ ছিল {date} (1 দিন আগে)</translation>
    </message>
    <message>
        <source>{title}: review was due {date} ({days} days ago)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{title}: পর্যালোচনার তারিখ ছিল {date} ({days} দিন আগে)</translation>
    </message>
    <message>
        <source>{title}: review due {date} (in 1 day)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{title}: পর্যালোচনা {date} এর মধ্যে (1 দিনের মধ্যে)</translation>
    </message>
    <message>
        <source>{title}: review due {date} (in {days} days)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{title}: পর্যালোচনা {date} এর মধ্যে ({days} দিনের মধ্যে)</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">হ্যাঁ</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">না</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">(সেট করা নেই)</translation>
    </message>
    <message>
        <source>set</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">সেট করা আছে</translation>
    </message>
    <message>
        <source>not set (staff cannot leave kiosk mode)</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">সেট করা নেই (কর্মীরা কিয়স্ক মোড থেকে বের হতে পারবেন না)</translation>
    </message>
    <message>
        <source>No content pack (.kpack file) was found on a USB stick or in the pickup folder.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">USB স্টিক বা পিকআপ ফোল্ডারে কোনো কনটেন্ট প্যাক (.kpack ফাইল) পাওয়া যায়নি।</translation>
    </message>
    <message>
        <source>Tap the pack to install. It is checked before anything changes.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ইনস্টল করতে প্যাকটি ছুঁয়ে দিন। কিছু বদলানোর আগে এটি যাচাই করা হয়।</translation>
    </message>
    <message>
        <source>Install {file}  ({folder})</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">{file} ইনস্টল করুন  ({folder})</translation>
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
    <message>
        <source>Urgent help</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">জরুরি সাহায্য</translation>
    </message>
</context>
<context>
    <name>_BlackCover</name>
    <message>
        <source>Screen off outside clinic hours. Touch to wake.</source>
        <translatorcomment>Not yet checked by a qualified translator. Draft written by the kiosk&apos;s developers; a qualified translator must check it and remove type=&quot;unfinished&quot;.</translatorcomment>
        <translation type="unfinished">ক্লিনিকের সময়ের বাইরে স্ক্রিন বন্ধ। জাগাতে ছুঁয়ে দিন।</translation>
    </message>
</context>
</TS>
