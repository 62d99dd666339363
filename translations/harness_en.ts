<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChatError</name>
    <message numerus="yes">
        <source>%1 is rate limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 is rate limiting requests. Try again in %n second.</numerusform>
            <numerusform>%1 is rate limiting requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent nothing for %n second(s), so the answer was cut off. The partial answer was kept.</source>
        <translation>
            <numerusform>%1 sent nothing for %n second, so the answer was cut off. The partial answer was kept.</numerusform>
            <numerusform>%1 sent nothing for %n seconds, so the answer was cut off. The partial answer was kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::cli</name>
    <message numerus="yes">
        <source>id %1 · %n message(s)</source>
        <translation>
            <numerusform>id %1 · %n message</numerusform>
            <numerusform>id %1 · %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::core::AgentRun</name>
    <message numerus="yes">
        <source>Stopped after %n round(s) of tool calls: the harness allows at most that many per answer. Raise the limit in the harness settings, or ask the model to continue.</source>
        <translation>
            <numerusform>Stopped after %n round of tool calls: the harness allows at most that many per answer. Raise the limit in the harness settings, or ask the model to continue.</numerusform>
            <numerusform>Stopped after %n rounds of tool calls: the harness allows at most that many per answer. Raise the limit in the harness settings, or ask the model to continue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n conversation(s) · local profile</source>
        <translation>
            <numerusform>%n conversation · local profile</numerusform>
            <numerusform>%n conversations · local profile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::Sidebar</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
</TS>
