<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountConfiguration</name>
    <message>
        <source>No sign-in service is configured. Enter its issuer URL under Settings &gt; Account &gt; Advanced.</source>
        <translation>Es ist kein Anmeldedienst eingerichtet. Geben Sie seine Aussteller-URL unter Einstellungen &gt; Konto &gt; Erweitert ein.</translation>
    </message>
    <message>
        <source>The issuer URL &quot;%1&quot; is not usable: it must start with https:// (http:// only for this computer, e.g. http://127.0.0.1:8080).</source>
        <translation>Die Aussteller-URL „%1“ ist nicht verwendbar: Sie muss mit https:// beginnen (http:// nur für diesen Computer, z. B. http://127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>The client id is empty. Enter the desktop app&apos;s client id under Settings &gt; Account &gt; Advanced.</source>
        <translation>Die Client-ID ist leer. Geben Sie die Client-ID der Desktop-App unter Einstellungen &gt; Konto &gt; Erweitert ein.</translation>
    </message>
    <message>
        <source>No sync service is configured. Enter the Convex deployment URL under Settings &gt; Account &gt; Advanced.</source>
        <translation>Es ist kein Synchronisierungsdienst eingerichtet. Geben Sie die Convex-Deployment-URL unter Einstellungen &gt; Konto &gt; Erweitert ein.</translation>
    </message>
    <message>
        <source>The deployment URL &quot;%1&quot; is not usable: it must start with https:// (http:// only for this computer).</source>
        <translation>Die Deployment-URL „%1“ ist nicht verwendbar: Sie muss mit https:// beginnen (http:// nur für diesen Computer).</translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Sign-in timed out: the browser did not return to the app. Please try again.</source>
        <translation>Zeitüberschreitung bei der Anmeldung: Der Browser ist nicht zur App zurückgekehrt. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access was denied in the browser. To sign in, start again and allow access.</source>
        <translation>Der Zugriff wurde im Browser verweigert. Um sich anzumelden, beginnen Sie erneut und erlauben Sie den Zugriff.</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in attempt, so it was rejected for your safety. Please start the sign-in again.</source>
        <translation>Der Browser hat eine Antwort geliefert, die nicht zu diesem Anmeldeversuch gehört; sie wurde zu Ihrer Sicherheit abgelehnt. Bitte starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached. Check your internet connection and try again.</source>
        <translation>Der Anmeldedienst ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in service answered with an error. Please try again later.</source>
        <translation>Der Anmeldedienst hat mit einem Fehler geantwortet. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The sign-in settings are incomplete or invalid (issuer URL or client id). Check them in Settings.</source>
        <translation>Die Anmeldeeinstellungen sind unvollständig oder ungültig (Aussteller-URL oder Client-ID). Prüfen Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>The sign-in service identified itself as a different issuer than the one configured. Sign-in was stopped; check the issuer URL in Settings.</source>
        <translation>Der Anmeldedienst hat sich als anderer Aussteller ausgewiesen als der konfigurierte. Die Anmeldung wurde abgebrochen; prüfen Sie die Aussteller-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>The web browser could not be opened for sign-in. Set a default browser and try again.</source>
        <translation>Der Webbrowser konnte für die Anmeldung nicht geöffnet werden. Legen Sie einen Standardbrowser fest und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The app could not prepare to receive the sign-in answer (no local port available). Please try again.</source>
        <translation>Die App konnte sich nicht auf die Antwort der Anmeldung vorbereiten (kein lokaler Port frei). Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in service returned an identity token that failed verification, so it was rejected. Please try again; if this keeps happening, contact support.</source>
        <translation>Der Anmeldedienst hat ein Identitätstoken geliefert, dessen Prüfung fehlgeschlagen ist; es wurde abgelehnt. Bitte versuchen Sie es erneut; wenn das Problem bleibt, wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>The identity token is outside its validity period. Check that your computer&apos;s clock is correct, then sign in again.</source>
        <translation>Das Identitätstoken ist außerhalb seines Gültigkeitszeitraums. Prüfen Sie, ob die Uhr Ihres Computers richtig geht, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in or removed from the system keychain.</source>
        <translation>Ihre Anmeldung konnte nicht im System-Schlüsselbund gespeichert oder daraus entfernt werden.</translation>
    </message>
</context>
<context>
    <name>ChatError</name>
    <message>
        <source>The model provider</source>
        <translation>Der Modellanbieter</translation>
    </message>
    <message>
        <source>%1 rejected the API key. Fix the key in Settings.</source>
        <translation>%1 hat den API-Schlüssel abgelehnt. Korrigieren Sie den Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>Your %1 account is out of credits. Add credits or pick a cheaper model.</source>
        <translation>Ihr %1-Konto hat kein Guthaben mehr. Laden Sie Guthaben auf oder wählen Sie ein günstigeres Modell.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is rate limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 begrenzt die Anfragen. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>%1 begrenzt die Anfragen. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is rate limiting requests. Wait a moment and try again.</source>
        <translation>%1 begrenzt die Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2). Try again later.</source>
        <translation>Serverfehler bei %1 (HTTP %2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2). Check the model and its settings.</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2). Prüfen Sie das Modell und seine Einstellungen.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your connection and the provider&apos;s base URL.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie Ihre Verbindung und die Basis-URL des Anbieters.</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent nothing for %n second(s), so the answer was cut off. The partial answer was kept.</source>
        <translation>
            <numerusform>%1 hat %n Sekunde lang nichts gesendet, daher wurde die Antwort abgebrochen. Der bisherige Teil der Antwort bleibt erhalten.</numerusform>
            <numerusform>%1 hat %n Sekunden lang nichts gesendet, daher wurde die Antwort abgebrochen. Der bisherige Teil der Antwort bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reported an error while answering. The partial answer was kept.</source>
        <translation>%1 hat beim Antworten einen Fehler gemeldet. Der bisherige Teil der Antwort bleibt erhalten.</translation>
    </message>
    <message>
        <source>The connection to %1 dropped before the answer was complete. The partial answer was kept.</source>
        <translation>Die Verbindung zu %1 brach ab, bevor die Antwort vollständig war. Der bisherige Teil der Antwort bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 sent a response that could not be read. The partial answer was kept.</source>
        <translation>%1 hat eine unlesbare Antwort gesendet. Der bisherige Teil der Antwort bleibt erhalten.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>(%1 says: %2)</source>
        <translation>(%1 meldet: %2)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>HarnessBuilder</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
</context>
<context>
    <name>HarnessDraft</name>
    <message>
        <source>Give the harness a name.</source>
        <translation>Geben Sie dem Harness einen Namen.</translation>
    </message>
    <message>
        <source>Choose a model, e.g. anthropic/claude-sonnet-4 or openai/gpt-4o.</source>
        <translation>Wählen Sie ein Modell, z. B. anthropic/claude-sonnet-4 oder openai/gpt-4o.</translation>
    </message>
    <message>
        <source>A model id has no spaces, e.g. anthropic/claude-sonnet-4.</source>
        <translation>Eine Modell-ID enthält keine Leerzeichen, z. B. anthropic/claude-sonnet-4.</translation>
    </message>
</context>
<context>
    <name>JsonRpcSession</name>
    <message>
        <source>The server did not answer &quot;%1&quot; within %2 seconds.</source>
        <translation>Der Server hat innerhalb von %2 Sekunden nicht auf „%1“ geantwortet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>LocalDataQuestion</name>
    <message numerus="yes">
        <source>This device holds %n item(s) (harnesses, conversations, messages, settings) of another Harness account.

Upload them to %1, keep them on this device only (never synced), or remove them from this device?</source>
        <translation>
            <numerusform>Auf diesem Gerät liegt %n Element (Harnesses, Unterhaltungen, Nachrichten, Einstellungen) eines anderen Harness-Kontos.

In %1 hochladen, nur auf diesem Gerät behalten (nie synchronisiert) oder von diesem Gerät entfernen?</numerusform>
            <numerusform>Auf diesem Gerät liegen %n Elemente (Harnesses, Unterhaltungen, Nachrichten, Einstellungen) eines anderen Harness-Kontos.

In %1 hochladen, nur auf diesem Gerät behalten (nie synchronisiert) oder von diesem Gerät entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This device holds %n item(s) (harnesses, conversations, messages, settings) created without an account.

Upload them to %1 so they appear on the web and your other devices, keep them on this device only (never synced), or remove them from this device?</source>
        <translation>
            <numerusform>Auf diesem Gerät liegt %n Element (Harnesses, Unterhaltungen, Nachrichten, Einstellungen), das ohne Konto erstellt wurde.

In %1 hochladen, damit es im Web und auf Ihren anderen Geräten erscheint, nur auf diesem Gerät behalten (nie synchronisiert) oder von diesem Gerät entfernen?</numerusform>
            <numerusform>Auf diesem Gerät liegen %n Elemente (Harnesses, Unterhaltungen, Nachrichten, Einstellungen), die ohne Konto erstellt wurden.

In %1 hochladen, damit sie im Web und auf Ihren anderen Geräten erscheinen, nur auf diesem Gerät behalten (nie synchronisiert) oder von diesem Gerät entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Data on this device</source>
        <translation>Daten auf diesem Gerät</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Keep on this device only</source>
        <translation>Nur auf diesem Gerät behalten</translation>
    </message>
    <message>
        <source>Remove from this device</source>
        <translation>Von diesem Gerät entfernen</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
</context>
<context>
    <name>McpServerCatalog</name>
    <message>
        <source>%1 needs a value for &quot;%2&quot;.</source>
        <translation>%1 braucht einen Wert für „%2“.</translation>
    </message>
</context>
<context>
    <name>McpServerConfig</name>
    <message>
        <source>The MCP server has no name. Give it a name.</source>
        <translation>Der MCP-Server hat keinen Namen. Geben Sie ihm einen Namen.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; has no command. Enter the program to start, for example &quot;npx&quot;.</source>
        <translation>Der MCP-Server „%1“ hat keinen Befehl. Geben Sie das zu startende Programm ein, zum Beispiel „npx“.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; has no valid URL. Enter an address such as https://example.com/mcp.</source>
        <translation>Der MCP-Server „%1“ hat keine gültige URL. Geben Sie eine Adresse wie https://example.com/mcp ein.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; uses the URL scheme &quot;%2&quot;; only http and https are supported.</source>
        <translation>Der MCP-Server „%1“ verwendet das URL-Schema „%2“; nur http und https werden unterstützt.</translation>
    </message>
</context>
<context>
    <name>McpServerProbe</name>
    <message>
        <source>Install Node.js (https://nodejs.org), which provides npx, then test again.</source>
        <translation>Installieren Sie Node.js (https://nodejs.org), das npx mitbringt, und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Install uv (https://docs.astral.sh/uv/), which provides uvx, then test again.</source>
        <translation>Installieren Sie uv (https://docs.astral.sh/uv/), das uvx mitbringt, und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Install Docker (https://docs.docker.com/get-docker/), then test again.</source>
        <translation>Installieren Sie Docker (https://docs.docker.com/get-docker/) und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Install it, or enter the full path of the program.</source>
        <translation>Installieren Sie es oder geben Sie den vollständigen Pfad des Programms ein.</translation>
    </message>
    <message numerus="yes">
        <source>MCP server &quot;%1&quot; did not answer within %n second(s). Check that the command or URL is right; a server fetched by npx or uvx may need longer the first time.</source>
        <translation>
            <numerusform>Der MCP-Server „%1“ hat nicht innerhalb von %n Sekunde geantwortet. Prüfen Sie, ob Befehl oder URL stimmen; ein über npx oder uvx geladener Server braucht beim ersten Mal eventuell länger.</numerusform>
            <numerusform>Der MCP-Server „%1“ hat nicht innerhalb von %n Sekunden geantwortet. Prüfen Sie, ob Befehl oder URL stimmen; ein über npx oder uvx geladener Server braucht beim ersten Mal eventuell länger.</numerusform>
        </translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; did not answer in time. Check that the command or URL is right.</source>
        <translation>Der MCP-Server „%1“ hat nicht rechtzeitig geantwortet. Prüfen Sie, ob Befehl oder URL stimmen.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; of MCP server &quot;%2&quot; was not found. %3</source>
        <translation>Der Befehl „%1“ des MCP-Servers „%2“ wurde nicht gefunden. %3</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>McpToolCall</name>
    <message>
        <source>The user stopped the tool call.</source>
        <translation>Der Benutzer hat den Tool-Aufruf abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ModelStep</name>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
</context>
<context>
    <name>harness::cli</name>
    <message>
        <source>no harness named &quot;%1&quot;. `harness-cli harnesses list` shows them.</source>
        <translation>kein Harness namens „%1“. `harness-cli harnesses list` zeigt alle an.</translation>
    </message>
    <message>
        <source>no harness yet: create one in the Harness Desktop app, or pass --model ID (e.g. --model openai/gpt-4o).</source>
        <translation>noch kein Harness: Erstellen Sie eines in der App Harness Desktop oder geben Sie --model ID an (z. B. --model openai/gpt-4o).</translation>
    </message>
    <message>
        <source>Ask a harness; the answer streams to stdout and is saved.</source>
        <translation>Einen Harness fragen; die Antwort wird auf stdout ausgegeben und gespeichert.</translation>
    </message>
    <message>
        <source>Harness to use.</source>
        <translation>Zu verwendender Harness.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Model id (overrides the harness&apos;s).</source>
        <translation>Modell-ID (ersetzt die des Harness).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Continue this conversation (id or unique prefix).</source>
        <translation>Diese Unterhaltung fortsetzen (ID oder eindeutiger Anfang davon).</translation>
    </message>
    <message>
        <source>Answer the conversation again as it stands (after a failed or interrupted answer); needs --conversation and no prompt.</source>
        <translation>Die Unterhaltung in ihrem jetzigen Stand erneut beantworten (nach einer fehlgeschlagenen oder unterbrochenen Antwort); erfordert --conversation und keinen Prompt.</translation>
    </message>
    <message>
        <source>Give up when the stream is silent this long (seconds, default 60).</source>
        <translation>Aufgeben, wenn der Stream so lange still ist (Sekunden, Standard 60).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The message, or - to read it from stdin.</source>
        <translation>Die Nachricht, oder - um sie von stdin zu lesen.</translation>
    </message>
    <message>
        <source>cannot read the prompt from stdin.</source>
        <translation>der Prompt kann nicht von stdin gelesen werden.</translation>
    </message>
    <message>
        <source>--retry answers an existing conversation: give --conversation ID and no prompt.</source>
        <translation>--retry beantwortet eine bestehende Unterhaltung: Geben Sie --conversation ID und keinen Prompt an.</translation>
    </message>
    <message>
        <source>give a prompt, e.g. harness-cli chat &quot;Hello&quot;, or - to read stdin.</source>
        <translation>geben Sie einen Prompt an, z. B. harness-cli chat &quot;Hallo&quot;, oder -, um stdin zu lesen.</translation>
    </message>
    <message>
        <source>--stall-timeout needs a positive number of seconds.</source>
        <translation>--stall-timeout erfordert eine positive Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>no conversation with id &quot;%1&quot;.</source>
        <translation>keine Unterhaltung mit der ID „%1“.</translation>
    </message>
    <message>
        <source>[tools unavailable] %1</source>
        <translation>[Tools nicht verfügbar] %1</translation>
    </message>
    <message>
        <source>stopped; the partial answer is saved.</source>
        <translation>angehalten; der bisherige Teil der Antwort ist gespeichert.</translation>
    </message>
    <message>
        <source>(conversation %1)</source>
        <translation>(Unterhaltung %1)</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Aufruf: %1 %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>List conversations, pinned first, then newest first.</source>
        <translation>Unterhaltungen auflisten, angeheftete zuerst, dann die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Show at most N (default 50).</source>
        <translation>Höchstens N anzeigen (Standard 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Include archived conversations.</source>
        <translation>Archivierte Unterhaltungen einbeziehen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit erfordert eine positive Zahl.</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Noch keine Unterhaltungen.</translation>
    </message>
    <message>
        <source>ID        LAST MESSAGE      TITLE</source>
        <translation>ID        LETZTE NACHRICHT  TITEL</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>[pinned] %1</source>
        <translation>[angeheftet] %1</translation>
    </message>
    <message>
        <source>Print one conversation with all its messages (ID may be a unique prefix).</source>
        <translation>Eine Unterhaltung mit allen Nachrichten ausgeben (ID darf ein eindeutiger Anfang sein).</translation>
    </message>
    <message>
        <source>Conversation id or a unique prefix of it.</source>
        <translation>ID der Unterhaltung oder ein eindeutiger Anfang davon.</translation>
    </message>
    <message>
        <source>Usage: harness-cli conversations show ID [--json]</source>
        <translation>Aufruf: harness-cli conversations show ID [--json]</translation>
    </message>
    <message>
        <source>no conversation with id &quot;%1&quot;. `harness-cli conversations list` shows the ids.</source>
        <translation>keine Unterhaltung mit der ID „%1“. `harness-cli conversations list` zeigt die IDs an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one conversation; type more of the id.</source>
        <translation>„%1“ passt zu mehr als einer Unterhaltung; geben Sie mehr von der ID ein.</translation>
    </message>
    <message numerus="yes">
        <source>id %1 · %n message(s)</source>
        <translation>
            <numerusform>ID %1 · %n Nachricht</numerusform>
            <numerusform>ID %1 · %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>List harnesses (model, status, MCP servers), most recently used first.</source>
        <translation>Harnesses auflisten (Modell, Status, MCP-Server), zuletzt verwendete zuerst.</translation>
    </message>
    <message>
        <source>No harnesses yet. Create one in the Harness Desktop app.</source>
        <translation>Noch keine Harnesses. Erstellen Sie einen in der App Harness Desktop.</translation>
    </message>
    <message>
        <source>NAME                  STATUS   SERVERS  MODEL</source>
        <translation>NAME                  STATUS   SERVER   MODELL</translation>
    </message>
    <message>
        <source>Usage: harness-cli [--data-dir DIR] &lt;command&gt; [arguments]

Reads and drives the same local store as the Harness Desktop app.

Commands:
</source>
        <translation>Aufruf: harness-cli [--data-dir DIR] &lt;Befehl&gt; [Argumente]

Liest und steuert denselben lokalen Speicher wie die App Harness Desktop.

Befehle:
</translation>
    </message>
    <message>
        <source>
Options:
  --data-dir DIR   use the store in DIR (default: $HARNESS_DATA_DIR, else %1)
  -h, --help       show this help; `&lt;command&gt; --help` shows a command&apos;s options
  -v, --version    show the version

Exit codes: 0 success, 1 failure, 2 wrong arguments, 3 not found, 4 database unusable (damaged, locked or newer).
</source>
        <translation>
Optionen:
  --data-dir DIR   den Speicher in DIR verwenden (Standard: $HARNESS_DATA_DIR, sonst %1)
  -h, --help       diese Hilfe anzeigen; `&lt;Befehl&gt; --help` zeigt die Optionen eines Befehls
  -v, --version    die Version anzeigen

Exit-Codes: 0 Erfolg, 1 Fehler, 2 falsche Argumente, 3 nicht gefunden, 4 Datenbank unbrauchbar (beschädigt, gesperrt oder neuer).
</translation>
    </message>
    <message>
        <source>Data directory.</source>
        <translation>Datenverzeichnis.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Run harness-cli --help for the list.</source>
        <translation>unbekannter Befehl „%1“. harness-cli --help zeigt die Liste.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>skipped &quot;%1&quot;: %2</source>
        <translation>„%1“ übersprungen: %2</translation>
    </message>
    <message>
        <source>Start the MCP servers and list their tools (a broken server is reported, the others still listed).</source>
        <translation>Die MCP-Server starten und ihre Tools auflisten (ein defekter Server wird gemeldet, die anderen trotzdem aufgelistet).</translation>
    </message>
    <message>
        <source>An mcpServers JSON file (Claude Desktop, Cursor) instead of the saved servers.</source>
        <translation>Eine mcpServers-JSON-Datei (Claude Desktop, Cursor) statt der gespeicherten Server.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>no MCP servers configured. Import some with harness-cli mcp import FILE.</source>
        <translation>keine MCP-Server eingerichtet. Importieren Sie welche mit harness-cli mcp import FILE.</translation>
    </message>
    <message>
        <source>Call one MCP tool and print what the model would get.</source>
        <translation>Ein MCP-Tool aufrufen und ausgeben, was das Modell bekäme.</translation>
    </message>
    <message>
        <source>An mcpServers JSON file.</source>
        <translation>Eine mcpServers-JSON-Datei.</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp call SERVER TOOL [JSON]</source>
        <translation>Aufruf: harness-cli mcp call SERVER TOOL [JSON]</translation>
    </message>
    <message>
        <source>the arguments must be a JSON object: %1</source>
        <translation>die Argumente müssen ein JSON-Objekt sein: %1</translation>
    </message>
    <message>
        <source>no MCP server named &quot;%1&quot;.</source>
        <translation>kein MCP-Server namens „%1“.</translation>
    </message>
    <message>
        <source>progress %1%2 %3</source>
        <translation>Fortschritt %1%2 %3</translation>
    </message>
    <message>
        <source>Save the servers of an mcpServers JSON file (tokens go to the keychain).</source>
        <translation>Die Server einer mcpServers-JSON-Datei speichern (Tokens kommen in den Schlüsselbund).</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp import FILE</source>
        <translation>Aufruf: harness-cli mcp import FILE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved, but its token is not: %2</source>
        <translation>„%1“ ist gespeichert, sein Token aber nicht: %2</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>The client the official MCP conformance suite runs (scenario from $MCP_CONFORMANCE_SCENARIO).</source>
        <translation>Der Client, den die offizielle MCP-Konformitätstestsuite ausführt (Szenario aus $MCP_CONFORMANCE_SCENARIO).</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp conformance URL</source>
        <translation>Aufruf: harness-cli mcp conformance URL</translation>
    </message>
    <message>
        <source>List the provider&apos;s models (cached; --refresh fetches them again).</source>
        <translation>Die Modelle des Anbieters auflisten (zwischengespeichert; --refresh lädt sie neu).</translation>
    </message>
    <message>
        <source>Fetch the list from the provider.</source>
        <translation>Die Liste beim Anbieter abrufen.</translation>
    </message>
    <message>
        <source>Only models whose id or name contains TEXT.</source>
        <translation>Nur Modelle, deren ID oder Name TEXT enthält.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>warning: the model list could not be cached: %1</source>
        <translation>Warnung: Die Modellliste konnte nicht zwischengespeichert werden: %1</translation>
    </message>
    <message>
        <source>MODEL                                        CONTEXT   IN/1M    OUT/1M   TOOLS</source>
        <translation>MODELL                                       KONTEXT   EIN/1M   AUS/1M   TOOLS</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No models.</source>
        <translation>Keine Modelle.</translation>
    </message>
    <message>
        <source>OpenAI-compatible endpoint, e.g. http://localhost:11434/v1.</source>
        <translation>OpenAI-kompatibler Endpunkt, z. B. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the API key from this environment variable.</source>
        <translation>Den API-Schlüssel aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>--base-url must be an http(s) URL, e.g. http://localhost:11434/v1.</source>
        <translation>--base-url muss eine http(s)-URL sein, z. B. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set or empty.</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt oder leer.</translation>
    </message>
    <message>
        <source>Full-text search over conversation titles and messages.</source>
        <translation>Volltextsuche in Titeln und Nachrichten der Unterhaltungen.</translation>
    </message>
    <message>
        <source>Show at most N message hits (default 20).</source>
        <translation>Höchstens N Treffer in Nachrichten anzeigen (Standard 20).</translation>
    </message>
    <message>
        <source>Words to find; the last may be a prefix.</source>
        <translation>Zu suchende Wörter; das letzte darf ein Wortanfang sein.</translation>
    </message>
    <message>
        <source>give some words to search for, e.g. harness-cli search &quot;rust lifetimes&quot;</source>
        <translation>geben Sie Suchwörter an, z. B. harness-cli search &quot;rust lifetimes&quot;</translation>
    </message>
    <message>
        <source>No matches for &quot;%1&quot;.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <source>Allow every tool call without asking (tools whose stored policy is &quot;never&quot; stay denied).</source>
        <translation>Jeden Tool-Aufruf ohne Nachfrage erlauben (Tools mit der gespeicherten Regel „never“ bleiben abgelehnt).</translation>
    </message>
    <message>
        <source>Write the saved servers as an mcpServers JSON file (never their tokens).</source>
        <translation>Die gespeicherten Server als mcpServers-JSON-Datei ausgeben (niemals ihre Tokens).</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>In FILE statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp export [--output FILE]</source>
        <translation>Aufruf: harness-cli mcp export [--output FILE]</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: its access token is not exported (it stays in the keychain); enter it again after importing.</source>
        <translation>„%1“: Sein Zugriffstoken wird nicht exportiert (es bleibt im Schlüsselbund); geben Sie es nach dem Import erneut ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: its OAuth sign-in is not exported; you sign in again after importing.</source>
        <translation>„%1“: Seine OAuth-Anmeldung wird nicht exportiert; Sie melden sich nach dem Import erneut an.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>exported %n server(s) to %1</source>
        <translation>
            <numerusform>%n Server nach %1 exportiert</numerusform>
            <numerusform>%n Server nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Only for this harness (name or id).</source>
        <translation>Nur für diesen Harness (Name oder ID).</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Only for this MCP server (name or id).</source>
        <translation>Nur für diesen MCP-Server (Name oder ID).</translation>
    </message>
    <message>
        <source>Only for this tool of the server (needs --server).</source>
        <translation>Nur für dieses Tool des Servers (erfordert --server).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>no saved MCP server named &quot;%1&quot;. `harness-cli mcp tools` lists them.</source>
        <translation>kein gespeicherter MCP-Server namens „%1“. `harness-cli mcp tools` listet sie auf.</translation>
    </message>
    <message>
        <source>--tool needs --server: a tool name means something only on its server.</source>
        <translation>--tool erfordert --server: Ein Tool-Name hat nur auf seinem Server eine Bedeutung.</translation>
    </message>
    <message>
        <source>List the stored tool approval rules (the most specific rule wins).</source>
        <translation>Die gespeicherten Regeln für die Tool-Freigabe auflisten (die spezifischste Regel gilt).</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>(deleted harness %1)</source>
        <translation>(gelöschter Harness %1)</translation>
    </message>
    <message>
        <source>(deleted server %1)</source>
        <translation>(gelöschter Server %1)</translation>
    </message>
    <message>
        <source>No tool policies: read-only tools run, every other tool is asked about.</source>
        <translation>Keine Tool-Regeln: Nur-Lese-Tools laufen, bei allen anderen wird nachgefragt.</translation>
    </message>
    <message>
        <source>HARNESS</source>
        <translation>HARNESS</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>TOOL</source>
        <translation>TOOL</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>Store whether tools run without asking (always), are asked about (ask) or never run; without options for every tool.</source>
        <translation>Speichern, ob Tools ohne Nachfrage laufen (always), ob nachgefragt wird (ask) oder ob sie nie laufen (never); ohne Optionen für alle Tools.</translation>
    </message>
    <message>
        <source>ask, always or never.</source>
        <translation>ask, always oder never.</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp policy set [--harness H] [--server S] [--tool T] ask|always|never</source>
        <translation>Aufruf: harness-cli mcp policy set [--harness H] [--server S] [--tool T] ask|always|never</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>%1 festgelegt</translation>
    </message>
    <message>
        <source>Remove the tool approval rule of exactly this scope.</source>
        <translation>Die Freigaberegel mit genau diesem Geltungsbereich entfernen.</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp policy unset [--harness H] [--server S] [--tool T]</source>
        <translation>Aufruf: harness-cli mcp policy unset [--harness H] [--server S] [--tool T]</translation>
    </message>
    <message>
        <source>no tool policy with exactly this scope; `harness-cli mcp policy list` shows them.</source>
        <translation>keine Tool-Regel mit genau diesem Geltungsbereich; `harness-cli mcp policy list` zeigt sie an.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>An MCP server asks you to sign in. Open this address in a browser on this computer:
  %1
</source>
        <translation>Ein MCP-Server bittet Sie, sich anzumelden. Öffnen Sie diese Adresse in einem Browser auf diesem Computer:
  %1
</translation>
    </message>
    <message>
        <source>Export one conversation as Markdown or JSON (to stdout or a file).</source>
        <translation>Eine Unterhaltung als Markdown oder JSON exportieren (auf stdout oder in eine Datei).</translation>
    </message>
    <message>
        <source>md (default) or json.</source>
        <translation>md (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Usage: harness-cli conversations export ID [--format md|json] [--output FILE]</source>
        <translation>Aufruf: harness-cli conversations export ID [--format md|json] [--output FILE]</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use --format md or --format json.</source>
        <translation>unbekanntes Format „%1“: Verwenden Sie --format md oder --format json.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>not signed in: this data directory uses no Harness account (sign in in the app)</source>
        <translation>nicht angemeldet: dieses Datenverzeichnis nutzt kein Harness-Konto (in der App anmelden)</translation>
    </message>
    <message>
        <source>signing in took too long (the keychain or %1 did not answer)</source>
        <translation>die Anmeldung dauerte zu lange (der Schlüsselbund oder %1 hat nicht geantwortet)</translation>
    </message>
    <message>
        <source>not signed in: sign in again in the app</source>
        <translation>nicht angemeldet: in der App erneut anmelden</translation>
    </message>
    <message>
        <source>the sign-in expired and could not be renewed: sign in again in the app</source>
        <translation>die Anmeldung ist abgelaufen und konnte nicht erneuert werden: in der App erneut anmelden</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Show the signed-in account, its deployment, changes waiting to sync, the last sync and whether live updates answer.</source>
        <translation>Zeigt das angemeldete Konto, sein Deployment, noch nicht synchronisierte Änderungen, die letzte Synchronisierung und ob Live-Aktualisierungen antworten.</translation>
    </message>
    <message>
        <source>Wait at most SECONDS for the account (default 20).</source>
        <translation>Höchstens SEKUNDEN auf das Konto warten (Standard 20).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>keine Antwort von %1</translation>
    </message>
    <message>
        <source>Account:     %1</source>
        <translation>Konto:       %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>Deployment:  %1</source>
        <translation>Deployment:  %1</translation>
    </message>
    <message numerus="yes">
        <source>Pending:     %n change(s) not synced yet</source>
        <translation>
            <numerusform>Ausstehend:  %n Änderung noch nicht synchronisiert</numerusform>
            <numerusform>Ausstehend:  %n Änderungen noch nicht synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync:   %1</source>
        <translation>Zuletzt:     %1</translation>
    </message>
    <message>
        <source>Live:        %1</source>
        <translation>Live:        %1</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>nein (%1)</translation>
    </message>
    <message>
        <source>Push local changes to the account and pull its changes, once.</source>
        <translation>Lokale Änderungen einmal ins Konto übertragen und seine Änderungen holen.</translation>
    </message>
    <message>
        <source>Give up after SECONDS (default 300).</source>
        <translation>Nach SEKUNDEN aufgeben (Standard 300).</translation>
    </message>
    <message numerus="yes">
        <source>sync took longer than %n second(s)</source>
        <translation>
            <numerusform>die Synchronisierung dauerte länger als %n Sekunde</numerusform>
            <numerusform>die Synchronisierung dauerte länger als %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s), harness(es) or message(s) on this computer are not in the account yet: open the app and choose whether to upload them</source>
        <translation>
            <numerusform>%n Unterhaltung, Harness oder Nachricht auf diesem Computer ist noch nicht im Konto: öffnen Sie die App und wählen Sie, ob sie hochgeladen werden soll</numerusform>
            <numerusform>%n Unterhaltungen, Harnesses oder Nachrichten auf diesem Computer sind noch nicht im Konto: öffnen Sie die App und wählen Sie, ob sie hochgeladen werden sollen</numerusform>
        </translation>
    </message>
    <message>
        <source>the deployment refuses the sign-in: sign in again in the app</source>
        <translation>das Deployment lehnt die Anmeldung ab: in der App erneut anmelden</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Synced with %1.</source>
        <translation>Mit %1 synchronisiert.</translation>
    </message>
</context>
<context>
    <name>harness::cli::TerminalApprovalPolicy</name>
    <message>
        <source>The user denied this call of &quot;%1&quot;.</source>
        <translation>Der Benutzer hat diesen Aufruf von „%1“ abgelehnt.</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; needs approval, and stdin is not a terminal to ask on. Pass --yes to allow tools, or allow this one with `%2`.</source>
        <translation>Das Tool „%1“ muss erlaubt werden, aber stdin ist kein Terminal für die Nachfrage. Geben Sie --yes an, um Tools zu erlauben, oder erlauben Sie dieses mit `%2`.</translation>
    </message>
    <message>
        <source>Tool call: %1 (server &quot;%2&quot;, tool &quot;%3&quot;)</source>
        <translation>Tool-Aufruf: %1 (Server „%2“, Tool „%3“)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesend</translation>
    </message>
    <message>
        <source>destructive: may delete or overwrite data</source>
        <translation>destruktiv: kann Daten löschen oder überschreiben</translation>
    </message>
    <message>
        <source>may change things</source>
        <translation>kann Änderungen vornehmen</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Allow? [y] once / [s] this session / [a] always / [n] deny: </source>
        <extracomment>y, s, a and n are the keys the user types; keep them untranslated</extracomment>
        <translation>Erlauben? [y] einmal / [s] für diese Sitzung / [a] immer / [n] ablehnen: </translation>
    </message>
    <message>
        <source>(This server is not saved, so the answer holds for this run only.)
</source>
        <translation>(Dieser Server ist nicht gespeichert, die Antwort gilt daher nur für diesen Lauf.)
</translation>
    </message>
</context>
<context>
    <name>harness::cli::TerminalElicitationHandler</name>
    <message>
        <source>yes/no</source>
        <translation>ja/nein</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>number or name of a choice</source>
        <translation>Nummer oder Name einer Auswahl</translation>
    </message>
    <message>
        <source>choices separated by commas</source>
        <translation>Auswahlen durch Kommas getrennt</translation>
    </message>
    <message>
        <source>harness-cli: MCP server &quot;%1&quot; asked for input (&quot;%2&quot;); declined because stdin is not a terminal.
</source>
        <translation>harness-cli: Der MCP-Server „%1“ hat um eine Eingabe gebeten („%2“); abgelehnt, weil stdin kein Terminal ist.
</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; asks:</source>
        <translation>Der MCP-Server „%1“ fragt:</translation>
    </message>
    <message>
        <source>(Enter keeps the [default]; &quot;-&quot; leaves an optional field empty; Ctrl-D cancels.)</source>
        <translation>(Eingabe übernimmt den [Standardwert]; „-“ lässt ein optionales Feld leer; Strg-D bricht ab.)</translation>
    </message>
    <message>
        <source>(These fields cannot be filled in here: %1)</source>
        <translation>(Diese Felder können hier nicht ausgefüllt werden: %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>„%1“ ist erforderlich.</translation>
    </message>
    <message>
        <source>Send? [a] accept / [d] decline / [c] cancel: </source>
        <extracomment>a, d and c are the keys the user types; keep them untranslated</extracomment>
        <translation>Senden? [a] annehmen / [d] ablehnen / [c] abbrechen: </translation>
    </message>
</context>
<context>
    <name>harness::core::AccountService</name>
    <message>
        <source>Sign out before changing where the account signs in and syncs.</source>
        <translation>Melden Sie sich ab, bevor Sie ändern, wo sich das Konto anmeldet und synchronisiert.</translation>
    </message>
    <message>
        <source>No web browser is available to sign in.</source>
        <translation>Zum Anmelden ist kein Webbrowser verfügbar.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>No account chosen yet</source>
        <translation>Noch kein Konto gewählt</translation>
    </message>
    <message>
        <source>Local profile: not syncing</source>
        <translation>Lokales Profil: keine Synchronisierung</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed out: %1</source>
        <translation>Abgemeldet: %1</translation>
    </message>
    <message>
        <source>Signed out: sign in to sync again</source>
        <translation>Abgemeldet: Melden Sie sich an, um wieder zu synchronisieren</translation>
    </message>
</context>
<context>
    <name>harness::core::AgentRun</name>
    <message>
        <source>No model provider is set up.</source>
        <translation>Es ist kein Modellanbieter eingerichtet.</translation>
    </message>
    <message>
        <source>The answer was cut off at the model&apos;s output limit.</source>
        <translation>Die Antwort wurde an der Ausgabegrenze des Modells abgeschnitten.</translation>
    </message>
    <message>
        <source>Error: there is no tool named &quot;%1&quot;. Available tools: %2.</source>
        <translation>Fehler: Es gibt kein Tool namens „%1“. Verfügbare Tools: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Error: the arguments for tool &quot;%1&quot; were not valid JSON, so the tool was not called. Received: %2. Send a single JSON object that matches the tool&apos;s input schema.</source>
        <translation>Fehler: Die Argumente für das Tool „%1“ waren kein gültiges JSON, daher wurde das Tool nicht aufgerufen. Erhalten: %2. Senden Sie ein einzelnes JSON-Objekt, das dem Eingabeschema des Tools entspricht.</translation>
    </message>
    <message>
        <source>Error: the tool could not be started.</source>
        <translation>Fehler: Das Tool konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The user did not allow the tool &quot;%1&quot; to run.</source>
        <translation>Der Benutzer hat die Ausführung des Tools „%1“ nicht erlaubt.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n round(s) of tool calls: the harness allows at most that many per answer. Raise the limit in the harness settings, or ask the model to continue.</source>
        <translation>
            <numerusform>Nach %n Runde Tool-Aufrufe angehalten: Der Harness erlaubt höchstens so viele pro Antwort. Erhöhen Sie das Limit in den Harness-Einstellungen oder bitten Sie das Modell, fortzufahren.</numerusform>
            <numerusform>Nach %n Runden Tool-Aufrufe angehalten: Der Harness erlaubt höchstens so viele pro Antwort. Erhöhen Sie das Limit in den Harness-Einstellungen oder bitten Sie das Modell, fortzufahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user stopped the answer before this tool call finished.</source>
        <translation>Der Benutzer hat die Antwort angehalten, bevor dieser Tool-Aufruf fertig war.</translation>
    </message>
</context>
<context>
    <name>harness::core::ChatService</name>
    <message>
        <source>The harness &quot;%1&quot; has no model. Choose one in the harness settings, then try again.</source>
        <translation>Der Harness „%1“ hat kein Modell. Wählen Sie eines in den Harness-Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>harness::core::ChatStream</name>
    <message>
        <source>unreadable chunk: %1</source>
        <translation>unlesbarer Abschnitt: %1</translation>
    </message>
    <message>
        <source>unexpected body: %1</source>
        <translation>unerwarteter Inhalt: %1</translation>
    </message>
</context>
<context>
    <name>harness::core::ConversationExport</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>Tool-Aufruf</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
    <message>
        <source>Resource: &lt;%1&gt;</source>
        <translation>Ressource: &lt;%1&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 Eingabe, %2 Ausgabe</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Unterhaltung ohne Titel</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Überlegungen</translation>
    </message>
</context>
<context>
    <name>harness::core::ConversationListModel</name>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>%1, answering</source>
        <extracomment>Screen reader text of a sidebar row whose answer is streaming; %1 is the title.</extracomment>
        <translation>%1, antwortet gerade</translation>
    </message>
    <message>
        <source>%1, unread</source>
        <extracomment>Screen reader text of a sidebar row with an answer not seen yet; %1 is the title.</extracomment>
        <translation>%1, ungelesen</translation>
    </message>
</context>
<context>
    <name>harness::core::DataMover</name>
    <message>
        <source>There is not enough free space there: the data needs %1 MB and %2 MB are free. Free some space or choose a folder on another disk.</source>
        <extracomment>%1 and %2 are sizes in megabytes</extracomment>
        <translation>Dort ist nicht genug Platz frei: Die Daten brauchen %1 MB, frei sind %2 MB. Geben Sie Platz frei oder wählen Sie einen Ordner auf einem anderen Datenträger.</translation>
    </message>
    <message>
        <source>Choose a folder with its full path.</source>
        <translation>Wählen Sie einen Ordner mit vollständigem Pfad.</translation>
    </message>
    <message>
        <source>The data is already in %1.</source>
        <translation>Die Daten liegen bereits in %1.</translation>
    </message>
    <message>
        <source>Choose a folder outside the current data folder %1.</source>
        <translation>Wählen Sie einen Ordner außerhalb des aktuellen Datenordners %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose an empty folder or a new one.</source>
        <translation>%1 ist eine Datei, kein Ordner. Wählen Sie einen leeren oder neuen Ordner.</translation>
    </message>
    <message>
        <source>%1 is not empty. Choose an empty folder or a new one, so nothing there is mixed with your data.</source>
        <translation>%1 ist nicht leer. Wählen Sie einen leeren oder neuen Ordner, damit nichts mit Ihren Daten vermischt wird.</translation>
    </message>
    <message>
        <source>The copy could not be opened (%1).</source>
        <translation>Die Kopie ließ sich nicht öffnen (%1).</translation>
    </message>
    <message>
        <source>no tables</source>
        <translation>keine Tabellen</translation>
    </message>
    <message>
        <source>The copy does not match: table %1 has %2 rows here but %3 in the copy.</source>
        <extracomment>%1 is a table name, %2 and %3 row counts</extracomment>
        <translation>Die Kopie stimmt nicht überein: Tabelle %1 hat hier %2 Zeilen, in der Kopie aber %3.</translation>
    </message>
    <message>
        <source>The copy does not match: it has %1 tables instead of %2.</source>
        <translation>Die Kopie stimmt nicht überein: Sie hat %1 Tabellen statt %2.</translation>
    </message>
    <message>
        <source>Could not create %1. Check that you may write there, or choose another folder.</source>
        <translation>%1 konnte nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Nothing was moved; your data stays in %1.</source>
        <translation>Nichts wurde verschoben; Ihre Daten bleiben in %1.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2). Choose a folder you may write to.</source>
        <translation>In %1 kann nicht geschrieben werden (%2). Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The disk is full: %1.</source>
        <translation>Der Datenträger ist voll: %1.</translation>
    </message>
    <message>
        <source>Copying the database failed: %1.</source>
        <translation>Das Kopieren der Datenbank ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Could not read the current database to check the copy: %1.</source>
        <translation>Die aktuelle Datenbank konnte zum Prüfen der Kopie nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Could not copy %1: %2.</source>
        <translation>%1 konnte nicht kopiert werden: %2.</translation>
    </message>
    <message>
        <source>The copy of %1 is incomplete (is the disk full?).</source>
        <translation>Die Kopie von %1 ist unvollständig (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <source>Could not name the copy %1.</source>
        <translation>Die Kopie konnte nicht in %1 umbenannt werden.</translation>
    </message>
    <message>
        <source>Could not record the new folder in %1: %2.</source>
        <translation>Der neue Ordner konnte nicht in %1 vermerkt werden: %2.</translation>
    </message>
</context>
<context>
    <name>harness::core::DataPortability</name>
    <message>
        <source>The file is not valid JSON (%1 at byte %2). Nothing was imported.</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This is not a Harness Desktop export file. Nothing was imported.</source>
        <translation>Dies ist keine Exportdatei von Harness Desktop. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This export was made by a newer Harness Desktop. Update the app, then import it again. Nothing was imported.</source>
        <translation>Dieser Export stammt von einer neueren Version von Harness Desktop. Aktualisieren Sie die App und importieren Sie dann erneut. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; was skipped: %2</source>
        <translation>Anbieter „%1“ übersprungen: %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; was skipped: %2</source>
        <translation>MCP-Server „%1“ übersprungen: %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; was not updated: %2</source>
        <translation>MCP-Server „%1“ nicht aktualisiert: %2</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; was skipped: %2</source>
        <translation>Harness „%1“ übersprungen: %2</translation>
    </message>
    <message>
        <source>A message of &quot;%1&quot; was skipped: its id belongs to another conversation here.</source>
        <translation>Eine Nachricht von „%1“ wurde übersprungen: Ihre ID gehört hier zu einer anderen Unterhaltung.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>Der Import ist fehlgeschlagen, es wurde nichts geändert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n harness(es).</source>
        <translation>
            <numerusform>%n Harness hinzugefügt.</numerusform>
            <numerusform>%n Harnesses hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n harness(es).</source>
        <translation>
            <numerusform>%n Harness aktualisiert.</numerusform>
            <numerusform>%n Harnesses aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n MCP server(s).</source>
        <translation>
            <numerusform>%n MCP-Server hinzugefügt.</numerusform>
            <numerusform>%n MCP-Server hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n MCP server(s).</source>
        <translation>
            <numerusform>%n MCP-Server aktualisiert.</numerusform>
            <numerusform>%n MCP-Server aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n provider(s) (their keys are not part of an export).</source>
        <translation>
            <numerusform>%n Anbieter hinzugefügt (ihre Schlüssel sind nicht Teil eines Exports).</numerusform>
            <numerusform>%n Anbieter hinzugefügt (ihre Schlüssel sind nicht Teil eines Exports).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n provider(s).</source>
        <translation>
            <numerusform>%n Anbieter aktualisiert.</numerusform>
            <numerusform>%n Anbieter aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n conversation(s).</source>
        <translation>
            <numerusform>%n Unterhaltung hinzugefügt.</numerusform>
            <numerusform>%n Unterhaltungen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n conversation(s).</source>
        <translation>
            <numerusform>%n Unterhaltung aktualisiert.</numerusform>
            <numerusform>%n Unterhaltungen aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n message(s).</source>
        <translation>
            <numerusform>%n Nachricht hinzugefügt.</numerusform>
            <numerusform>%n Nachrichten hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n message(s).</source>
        <translation>
            <numerusform>%n Nachricht aktualisiert.</numerusform>
            <numerusform>%n Nachrichten aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were already here and were left as they are.</source>
        <translation>
            <numerusform>%n Element war bereits vorhanden und blieb unverändert.</numerusform>
            <numerusform>%n Elemente waren bereits vorhanden und blieben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings were taken from the file.</source>
        <translation>Die Einstellungen wurden aus der Datei übernommen.</translation>
    </message>
    <message>
        <source>The file held nothing new.</source>
        <translation>Die Datei enthielt nichts Neues.</translation>
    </message>
</context>
<context>
    <name>harness::core::DayGroup</name>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Previous 7 Days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
</context>
<context>
    <name>harness::core::GuardedSecretStore</name>
    <message>
        <source>No system keychain is reachable, so secrets cannot be kept safely (%1). Secrets are never saved in plain text. Start a keychain (GNOME Keyring, KWallet) and restart the app, or choose &quot;Keep secrets for this session only&quot; in Settings; they are forgotten when you quit.</source>
        <translation>Kein System-Schlüsselbund erreichbar, daher können Geheimnisse nicht sicher aufbewahrt werden (%1). Geheimnisse werden nie im Klartext gespeichert. Starten Sie einen Schlüsselbund (GNOME Keyring, KWallet) und starten Sie die App neu, oder wählen Sie in den Einstellungen „Geheimnisse nur für diese Sitzung behalten“; sie werden beim Beenden vergessen.</translation>
    </message>
</context>
<context>
    <name>harness::core::HarnessBuilder</name>
    <message>
        <source>Untitled harness</source>
        <translation>Harness ohne Titel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; was not saved: no keychain.</source>
        <translation>Das Token von „%1“ wurde nicht gespeichert: kein Schlüsselbund.</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; was not saved: %2</source>
        <translation>Das Token von „%1“ wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>The keys of &quot;%1&quot; were not saved: no keychain.</source>
        <translation>Die Schlüssel von „%1“ wurden nicht gespeichert: kein Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keys of &quot;%1&quot; were not saved: %2</source>
        <translation>Die Schlüssel von „%1“ wurden nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>The sign-in of &quot;%1&quot; was not saved: no keychain.</source>
        <translation>Die Anmeldung von „%1“ wurde nicht gespeichert: kein Schlüsselbund.</translation>
    </message>
    <message>
        <source>The sign-in of &quot;%1&quot; was not saved: %2</source>
        <translation>Die Anmeldung von „%1“ wurde nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>harness::core::HeadlessAuthorizationOpener</name>
    <message>
        <source>The authorization server did not redirect back (HTTP %1).</source>
        <translation>Der Autorisierungsserver hat nicht zurückgeleitet (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>harness::core::HistoryBuilder</name>
    <message>
        <source>The tool call did not complete.</source>
        <translation>Der Tool-Aufruf wurde nicht abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>harness::core::KeychainSecretStore</name>
    <message>
        <source>No system keychain is available, so the secret cannot be kept safely. On Linux, install and start a Secret Service provider such as GNOME Keyring or KWallet. (%1)</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar, daher kann das Geheimnis nicht sicher aufbewahrt werden. Installieren und starten Sie unter Linux einen Secret-Service-Anbieter wie GNOME Keyring oder KWallet. (%1)</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it and try again. (%1)</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert. Entsperren Sie ihn und versuchen Sie es erneut. (%1)</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der System-Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>dem System-Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>harness::core::LegacySseTransport</name>
    <message>
        <source>MCP server &quot;%1&quot; named a message endpoint on another origin (%2); refusing it.</source>
        <translation>Der MCP-Server „%1“ hat einen Nachrichten-Endpunkt auf einem anderen Ursprung angegeben (%2); er wird abgelehnt.</translation>
    </message>
    <message>
        <source>Legacy SSE endpoint: %1</source>
        <translation>Veralteter SSE-Endpunkt: %1</translation>
    </message>
    <message>
        <source>Could not reach MCP server &quot;%1&quot; at %2: %3. Check the URL and that the server is running.</source>
        <translation>Der MCP-Server „%1“ unter %2 ist nicht erreichbar: %3. Prüfen Sie die URL und ob der Server läuft.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; refused the event stream (HTTP %2). Check the URL and the transport type.</source>
        <translation>Der MCP-Server „%1“ hat den Ereignisstrom abgelehnt (HTTP %2). Prüfen Sie die URL und die Transportart.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; closed its event stream.</source>
        <translation>Der MCP-Server „%1“ hat seinen Ereignisstrom geschlossen.</translation>
    </message>
    <message>
        <source>The connection to MCP server &quot;%1&quot; is closed.</source>
        <translation>Die Verbindung zum MCP-Server „%1“ ist geschlossen.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; did not accept a message (HTTP %2: %3).</source>
        <translation>Der MCP-Server „%1“ hat eine Nachricht nicht angenommen (HTTP %2: %3).</translation>
    </message>
</context>
<context>
    <name>harness::core::LoopbackRedirectListener</name>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>You can close this tab and return to %1.</source>
        <translation>Sie können diesen Tab schließen und zu %1 zurückkehren.</translation>
    </message>
    <message>
        <source>Return to %1 to see what happened and try again.</source>
        <translation>Kehren Sie zu %1 zurück, um zu sehen, was passiert ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>harness::core::MarkdownRenderer</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>[image] (click to load)</source>
        <translation>[Bild] (zum Laden klicken)</translation>
    </message>
    <message>
        <source>[image: %1] (click to load)</source>
        <translation>[Bild: %1] (zum Laden klicken)</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[Bild]</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
</context>
<context>
    <name>harness::core::McpAuthorizationGate</name>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; requires sign-in. Set its authentication to OAuth, or enter an access token, in the server settings.</source>
        <translation>Der MCP-Server „%1“ erfordert eine Anmeldung. Stellen Sie seine Authentifizierung auf OAuth um oder geben Sie in den Servereinstellungen ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; still refuses access after signing in again; the account may lack the needed permission (%2).</source>
        <translation>Der MCP-Server „%1“ verweigert den Zugriff auch nach erneuter Anmeldung; dem Konto fehlt möglicherweise die nötige Berechtigung (%2).</translation>
    </message>
    <message>
        <source>The server asks for authorization; signing in.</source>
        <translation>Der Server verlangt eine Autorisierung; Anmeldung läuft.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; refused the access token (%2). Check the token, or enter a new one.</source>
        <translation>Der MCP-Server „%1“ hat das Zugriffstoken abgelehnt (%2). Prüfen Sie das Token oder geben Sie ein neues ein.</translation>
    </message>
</context>
<context>
    <name>harness::core::McpClient</name>
    <message>
        <source>The connection to MCP server &quot;%1&quot; was closed.</source>
        <translation>Die Verbindung zum MCP-Server „%1“ wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server&apos;s session expired; initializing a new one.</source>
        <translation>Die Sitzung des Servers ist abgelaufen; eine neue wird eingerichtet.</translation>
    </message>
    <message>
        <source>The server does not accept Streamable HTTP; trying the older HTTP+SSE transport.</source>
        <translation>Der Server unterstützt kein Streamable HTTP; der ältere HTTP+SSE-Transport wird versucht.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; did not complete the handshake: %2</source>
        <translation>Der MCP-Server „%1“ hat den Verbindungsaufbau nicht abgeschlossen: %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; speaks protocol version &quot;%2&quot;, which Harness does not support (supported: %3). Update the server or Harness.</source>
        <translation>Der MCP-Server „%1“ spricht die Protokollversion „%2“, die Harness nicht unterstützt (unterstützt: %3). Aktualisieren Sie den Server oder Harness.</translation>
    </message>
    <message>
        <source>Connected to %1 %2 (protocol %3).</source>
        <translation>Verbunden mit %1 %2 (Protokoll %3).</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; could not list its tools: %2</source>
        <translation>Der MCP-Server „%1“ konnte seine Tools nicht auflisten: %2</translation>
    </message>
    <message>
        <source>Last server output: %1</source>
        <translation>Letzte Ausgabe des Servers: %1</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is stopping.</source>
        <translation>Der MCP-Server „%1“ wird beendet.</translation>
    </message>
    <message>
        <source>Server stopped.</source>
        <translation>Server beendet.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is stopping. Start it and try again.</source>
        <translation>Der MCP-Server „%1“ wird gerade beendet. Starten Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running. Start it and try again.</source>
        <translation>Der MCP-Server „%1“ läuft nicht. Starten Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; rejected the call to &quot;%2&quot;: %3 (code %4)</source>
        <translation>Der MCP-Server „%1“ hat den Aufruf von „%2“ abgelehnt: %3 (Code %4)</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; on MCP server &quot;%2&quot; timed out: %3 Increase the server&apos;s timeout if the tool needs longer.</source>
        <translation>Das Tool „%1“ auf dem MCP-Server „%2“ hat das Zeitlimit überschritten: %3 Erhöhen Sie das Zeitlimit des Servers, wenn das Tool länger braucht.</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; could not run: %2</source>
        <translation>Das Tool „%1“ konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running.</source>
        <translation>Der MCP-Server „%1“ läuft nicht.</translation>
    </message>
    <message>
        <source>The server cancelled its request: %1</source>
        <translation>Der Server hat seine Anfrage abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>harness::core::McpCredentialKeeper</name>
    <message>
        <source>Could not remove %1 from %2: %3</source>
        <translation>%1 konnte nicht aus %2 entfernt werden: %3</translation>
    </message>
    <message>
        <source>The saved sign-in of MCP server &quot;%1&quot; is unreadable; sign in again.</source>
        <translation>Die gespeicherte Anmeldung des MCP-Servers „%1“ ist nicht lesbar; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in of MCP server &quot;%1&quot; could not be saved in %2 (%3); you will be asked to sign in again next time.</source>
        <translation>Die Anmeldung des MCP-Servers „%1“ konnte nicht in %2 gespeichert werden (%3); Sie werden beim nächsten Mal erneut zur Anmeldung aufgefordert.</translation>
    </message>
</context>
<context>
    <name>harness::core::McpElicitationForm</name>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>„%1“ ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be yes or no.</source>
        <translation>„%1“ muss ja oder nein sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>„%1“ muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>„%1“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at least %2.</source>
        <translation>„%1“ muss mindestens %2 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at most %2.</source>
        <translation>„%1“ darf höchstens %2 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of the offered choices.</source>
        <translation>„%1“ muss eine der angebotenen Auswahlen sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of choices.</source>
        <translation>„%1“ muss eine Liste von Auswahlen sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must only contain the offered choices.</source>
        <translation>„%1“ darf nur die angebotenen Auswahlen enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n item(s) for &quot;%1&quot;.</source>
        <translation>
            <numerusform>Wählen Sie mindestens %n Eintrag für „%1“.</numerusform>
            <numerusform>Wählen Sie mindestens %n Einträge für „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n item(s) for &quot;%1&quot;.</source>
        <translation>
            <numerusform>Wählen Sie höchstens %n Eintrag für „%1“.</numerusform>
            <numerusform>Wählen Sie höchstens %n Einträge für „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>„%1“ muss Text sein.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; needs at least %n character(s).</source>
        <translation>
            <numerusform>„%1“ braucht mindestens %n Zeichen.</numerusform>
            <numerusform>„%1“ braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; allows at most %n character(s).</source>
        <translation>
            <numerusform>„%1“ erlaubt höchstens %n Zeichen.</numerusform>
            <numerusform>„%1“ erlaubt höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an email address, like name@example.com.</source>
        <translation>„%1“ muss eine E-Mail-Adresse sein, etwa name@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a full address, like https://example.com.</source>
        <translation>„%1“ muss eine vollständige Adresse sein, etwa https://example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date like 2025-12-31.</source>
        <translation>„%1“ muss ein Datum wie 2025-12-31 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date and time like 2025-12-31T18:30:00Z.</source>
        <translation>„%1“ muss ein Datum mit Uhrzeit wie 2025-12-31T18:30:00Z sein.</translation>
    </message>
    <message>
        <source>Answer yes or no for &quot;%1&quot;.</source>
        <translation>Antworten Sie mit ja oder nein für „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices for &quot;%2&quot;.</source>
        <translation>„%1“ ist keine der Auswahlen für „%2“.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>harness::core::McpOAuth</name>
    <message>
        <source>MCP server %1 requires sign-in, but there is no way to open a browser here.</source>
        <translation>Der MCP-Server %1 erfordert eine Anmeldung, aber hier kann kein Browser geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 for the sign-in redirect.</source>
        <translation>Auf 127.0.0.1 konnte nicht auf die Weiterleitung der Anmeldung gewartet werden.</translation>
    </message>
    <message>
        <source>MCP server %1 published authorization metadata for a different resource (%2); refusing to sign in. Check the server URL.</source>
        <translation>Der MCP-Server %1 hat Autorisierungsmetadaten für eine andere Ressource veröffentlicht (%2); die Anmeldung wird verweigert. Prüfen Sie die Server-URL.</translation>
    </message>
    <message>
        <source>The authorization server of %1 does not support automatic client registration. Enter a client ID (and secret) for this server in its settings.</source>
        <translation>Der Autorisierungsserver von %1 unterstützt keine automatische Client-Registrierung. Geben Sie in den Einstellungen dieses Servers eine Client-ID (und ein Secret) ein.</translation>
    </message>
    <message>
        <source>Registering Harness with the authorization server of %1 failed (HTTP %2). Enter a client ID for this server in its settings.</source>
        <translation>Die Registrierung von Harness beim Autorisierungsserver von %1 ist fehlgeschlagen (HTTP %2). Geben Sie in den Einstellungen dieses Servers eine Client-ID ein.</translation>
    </message>
    <message>
        <source>Sign-in for %1 did not complete within 5 minutes. Try again.</source>
        <translation>Die Anmeldung bei %1 wurde nicht innerhalb von 5 Minuten abgeschlossen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sign-in for %1 was refused: %2 %3</source>
        <translation>Die Anmeldung bei %1 wurde abgelehnt: %2 %3</translation>
    </message>
    <message>
        <source>The authorization server of %1 did not issue a token (HTTP %2: %3). Try signing in again.</source>
        <translation>Der Autorisierungsserver von %1 hat kein Token ausgestellt (HTTP %2: %3). Versuchen Sie, sich erneut anzumelden.</translation>
    </message>
</context>
<context>
    <name>harness::core::McpServerRegistry</name>
    <message>
        <source>Restarting the server (attempt %1).</source>
        <translation>Server wird neu gestartet (Versuch %1).</translation>
    </message>
    <message>
        <source>The MCP server &quot;%1&quot; is not configured. Add it in the settings or remove it from the harness.</source>
        <translation>Der MCP-Server „%1“ ist nicht eingerichtet. Fügen Sie ihn in den Einstellungen hinzu oder entfernen Sie ihn aus dem Harness.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running. It is restarted automatically; try again in a moment.</source>
        <translation>Der MCP-Server „%1“ läuft nicht. Er wird automatisch neu gestartet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>There is no tool named &quot;%1&quot;. Its MCP server may have been removed or may not be running.</source>
        <translation>Es gibt kein Tool namens „%1“. Sein MCP-Server wurde vielleicht entfernt oder läuft nicht.</translation>
    </message>
    <message numerus="yes">
        <source>The server failed %n time(s) in a row; it will be started again when it is next used.</source>
        <translation>
            <numerusform>Der Server ist %n-mal hintereinander ausgefallen; er wird bei der nächsten Verwendung wieder gestartet.</numerusform>
            <numerusform>Der Server ist %n-mal hintereinander ausgefallen; er wird bei der nächsten Verwendung wieder gestartet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::core::McpServersJson</name>
    <message>
        <source>&quot;%1&quot; must be an object of names to text values.</source>
        <translation>„%1“ muss ein Objekt aus Namen und Textwerten sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; value &quot;%2&quot; must be text.</source>
        <translation>Der Wert „%2“ von „%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>Unknown server type &quot;%1&quot;; expected stdio, http or sse.</source>
        <translation>Unbekannter Servertyp „%1“; erwartet wird stdio, http oder sse.</translation>
    </message>
    <message>
        <source>The entry has both &quot;command&quot; and &quot;url&quot;; keep only one.</source>
        <translation>Der Eintrag hat sowohl „command“ als auch „url“; behalten Sie nur eines davon.</translation>
    </message>
    <message>
        <source>&quot;command&quot; is missing or not text; it names the program to start.</source>
        <translation>„command“ fehlt oder ist kein Text; es nennt das zu startende Programm.</translation>
    </message>
    <message>
        <source>&quot;args&quot; must be a list of text arguments.</source>
        <translation>„args“ muss eine Liste von Text-Argumenten sein.</translation>
    </message>
    <message>
        <source>&quot;args&quot; must contain only text arguments.</source>
        <translation>„args“ darf nur Text-Argumente enthalten.</translation>
    </message>
    <message>
        <source>The entry has neither &quot;command&quot; nor &quot;url&quot;; say how to start or reach the server.</source>
        <translation>Der Eintrag hat weder „command“ noch „url“; geben Sie an, wie der Server gestartet oder erreicht wird.</translation>
    </message>
    <message>
        <source>&quot;url&quot; is not a valid http or https address.</source>
        <translation>„url“ ist keine gültige http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>The text is not valid JSON (%1 at position %2). Copy the whole configuration, including the outer braces.</source>
        <translation>Der Text ist kein gültiges JSON (%1 an Position %2). Kopieren Sie die gesamte Konfiguration, einschließlich der äußeren geschweiften Klammern.</translation>
    </message>
    <message>
        <source>Expected a JSON object with an &quot;mcpServers&quot; object.</source>
        <translation>Erwartet wird ein JSON-Objekt mit einem „mcpServers“-Objekt.</translation>
    </message>
    <message>
        <source>No &quot;mcpServers&quot; object found. Expected {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: ...}}}.</source>
        <translation>Kein „mcpServers“-Objekt gefunden. Erwartet wird {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: ...}}}.</translation>
    </message>
    <message>
        <source>The server name is empty.</source>
        <translation>Der Servername ist leer.</translation>
    </message>
    <message>
        <source>The entry is not an object.</source>
        <translation>Der Eintrag ist kein Objekt.</translation>
    </message>
</context>
<context>
    <name>harness::core::McpToolProvider</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>harness::core::McpToolResult</name>
    <message>
        <source>[image: %1, %2]</source>
        <translation>[Bild: %1, %2]</translation>
    </message>
    <message>
        <source>[audio: %1, %2]</source>
        <translation>[Audio: %1, %2]</translation>
    </message>
    <message>
        <source>[resource link: %1 &lt;%2&gt;</source>
        <translation>[Ressourcen-Link: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>[resource %1: %2, %3]</source>
        <translation>[Ressource %1: %2, %3]</translation>
    </message>
    <message>
        <source>[resource %1]</source>
        <translation>[Ressource %1]</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>harness::core::MemorySecretStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation>Arbeitsspeicher, nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>harness::core::MessageRepository</name>
    <message>
        <source>Harness Desktop closed while this answer was streaming. The text received so far is kept; retry or continue it.</source>
        <translation>Harness Desktop wurde beendet, während diese Antwort eintraf. Der bisher empfangene Text bleibt erhalten; wiederholen Sie die Antwort oder setzen Sie sie fort.</translation>
    </message>
</context>
<context>
    <name>harness::core::ModelCatalog</name>
    <message>
        <source>not a model list: %1</source>
        <translation>keine Modellliste: %1</translation>
    </message>
</context>
<context>
    <name>harness::core::NetworkFailure</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check your connection or proxy, then try again.</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet. Prüfen Sie Ihre Verbindung oder den Proxy und versuchen Sie es erneut.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet. Prüfen Sie Ihre Verbindung oder den Proxy und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address for typos and that you are online.</source>
        <translation>Der Servername %1 wurde nicht gefunden. Prüfen Sie die Adresse auf Tippfehler und ob Sie online sind.</translation>
    </message>
    <message>
        <source>Nothing is answering at %1. Check the address and port, and that the server is running.</source>
        <translation>Unter %1 antwortet nichts. Prüfen Sie Adresse und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out. Check your connection or proxy, then try again.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1. Prüfen Sie Ihre Verbindung oder den Proxy und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again in a moment.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up. Check the address (https vs. http) and your system&apos;s date and certificates.</source>
        <translation>Zu %1 konnte keine sichere Verbindung aufgebaut werden. Prüfen Sie die Adresse (https oder http) sowie Datum und Zertifikate Ihres Systems.</translation>
    </message>
    <message>
        <source>The network proxy could not be used to reach %1. Check Settings &gt; Network.</source>
        <translation>Der Netzwerk-Proxy konnte nicht genutzt werden, um %1 zu erreichen. Prüfen Sie Einstellungen &gt; Netzwerk.</translation>
    </message>
    <message>
        <source>The network proxy asks for a user name and password. Enter them in Settings &gt; Network.</source>
        <translation>Der Netzwerk-Proxy verlangt Benutzername und Passwort. Geben Sie sie unter Einstellungen &gt; Netzwerk ein.</translation>
    </message>
    <message>
        <source>This device seems to be offline, so %1 cannot be reached. Connect to the internet and try again.</source>
        <translation>Dieses Gerät scheint offline zu sein, daher ist %1 nicht erreichbar. Stellen Sie eine Internetverbindung her und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The address of %1 must start with http:// or https://.</source>
        <translation>Die Adresse von %1 muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the address and your connection, then try again.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>harness::core::NoToolProvider</name>
    <message>
        <source>Tool &quot;%1&quot; is not available.</source>
        <translation>Das Tool „%1“ ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>harness::core::OAuthLoopbackReceiver</name>
    <message>
        <source>&lt;html&gt;&lt;body&gt;&lt;p&gt;Harness Desktop received the sign-in result. You can close this window.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;body&gt;&lt;p&gt;Harness Desktop hat das Ergebnis der Anmeldung erhalten. Sie können dieses Fenster schließen.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
<context>
    <name>harness::core::OpenRouterConnect</name>
    <message>
        <source>OpenRouter did not send you back in time. Click &quot;Connect OpenRouter&quot; to try again.</source>
        <translation>OpenRouter hat Sie nicht rechtzeitig zurückgeleitet. Klicken Sie auf „OpenRouter verbinden“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Could not open a local port to receive OpenRouter&apos;s answer. Paste a key instead.</source>
        <translation>Es konnte kein lokaler Port für die Antwort von OpenRouter geöffnet werden. Fügen Sie stattdessen einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address yourself to connect: %1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie diese Adresse selbst, um die Verbindung herzustellen: %1</translation>
    </message>
    <message>
        <source>Connecting OpenRouter was cancelled.</source>
        <translation>Die Verbindung mit OpenRouter wurde abgebrochen.</translation>
    </message>
    <message>
        <source>OpenRouter sent you back without a code. Try again, or paste a key instead.</source>
        <translation>OpenRouter hat Sie ohne Code zurückgeleitet. Versuchen Sie es erneut oder fügen Sie stattdessen einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>OpenRouter did not connect: %1</source>
        <translation>OpenRouter wurde nicht verbunden: %1</translation>
    </message>
    <message>
        <source>OpenRouter refused to issue a key for this sign-in. Try connecting again.</source>
        <translation>OpenRouter hat für diese Anmeldung keinen Schlüssel ausgestellt. Versuchen Sie erneut, sich zu verbinden.</translation>
    </message>
    <message>
        <source>OpenRouter could not issue a key (HTTP %1). Try again later, or paste a key instead.</source>
        <translation>OpenRouter konnte keinen Schlüssel ausstellen (HTTP %1). Versuchen Sie es später erneut oder fügen Sie stattdessen einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>(OpenRouter says: %1)</source>
        <translation>(OpenRouter meldet: %1)</translation>
    </message>
</context>
<context>
    <name>harness::core::ProviderAccess</name>
    <message>
        <source>No model provider is set up. Add your OpenRouter key (or another OpenAI-compatible endpoint) in Settings, then try again.</source>
        <translation>Es ist kein Modellanbieter eingerichtet. Fügen Sie in den Einstellungen Ihren OpenRouter-Schlüssel (oder einen anderen OpenAI-kompatiblen Endpunkt) hinzu und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No API key is saved for %1. Add it in Settings, then try again.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert. Fügen Sie ihn in den Einstellungen hinzu und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>harness::core::ProviderKeyCheck</name>
    <message>
        <source>Enter the server&apos;s full address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>Geben Sie die vollständige Adresse des Servers ein, beginnend mit http:// oder https://, z. B. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>The key was rejected. Check that you copied all of it and that it has not been revoked.</source>
        <translation>Der Schlüssel wurde abgelehnt. Prüfen Sie, ob Sie ihn vollständig kopiert haben und ob er nicht widerrufen wurde.</translation>
    </message>
    <message>
        <source>This server needs an API key. Paste one and check again.</source>
        <translation>Dieser Server braucht einen API-Schlüssel. Fügen Sie einen ein und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>(%1 says: %2)</source>
        <translation>(%1 meldet: %2)</translation>
    </message>
    <message>
        <source>%1 answered, but not as an OpenAI-compatible API (HTTP %2). Check the address: it usually ends in /v1.</source>
        <translation>%1 hat geantwortet, aber nicht als OpenAI-kompatible API (HTTP %2). Prüfen Sie die Adresse: Sie endet meist auf /v1.</translation>
    </message>
    <message>
        <source>%1 could not check the key right now (HTTP %2). Try again later.</source>
        <translation>%1 konnte den Schlüssel gerade nicht prüfen (HTTP %2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not an OpenAI-compatible API. Check the address: it usually ends in /v1.</source>
        <translation>%1 hat mit etwas geantwortet, das keine OpenAI-kompatible API ist. Prüfen Sie die Adresse: Sie endet meist auf /v1.</translation>
    </message>
</context>
<context>
    <name>harness::core::ProxySettings</name>
    <message>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein.</translation>
    </message>
    <message>
        <source>Enter only the proxy&apos;s host name (e.g. proxy.example.com), without http:// or a path.</source>
        <translation>Geben Sie nur den Hostnamen des Proxys ein (z. B. proxy.example.com), ohne http:// oder Pfad.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port.</source>
        <translation>Geben Sie den Port des Proxys ein.</translation>
    </message>
</context>
<context>
    <name>harness::core::ReadOnlyPolicy</name>
    <message>
        <source>The tool &quot;%1&quot; may change things and was not approved. Allow it when asked, or run harness-cli with --yes.</source>
        <translation>Das Tool „%1“ kann Änderungen vornehmen und wurde nicht erlaubt. Erlauben Sie es bei der Nachfrage oder starten Sie harness-cli mit --yes.</translation>
    </message>
</context>
<context>
    <name>harness::core::RemoteChangeApplier</name>
    <message>
        <source>Not synced: this conversation was deleted on the web or another device. This message is kept on this device only.</source>
        <translation>Nicht synchronisiert: diese Unterhaltung wurde im Web oder auf einem anderen Gerät gelöscht. Diese Nachricht bleibt nur auf diesem Gerät.</translation>
    </message>
</context>
<context>
    <name>harness::core::RemoteImageLoader</name>
    <message>
        <source>The image is larger than %1; it was not loaded.</source>
        <translation>Das Bild ist größer als %1; es wurde nicht geladen.</translation>
    </message>
    <message>
        <source>The image address redirects to an address that is not http or https; it was not followed.</source>
        <translation>Die Bildadresse leitet auf eine Adresse weiter, die nicht http oder https ist; der Weiterleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>The image address redirects to a %1: address, which is not http or https; it was not followed.</source>
        <translation>Die Bildadresse leitet auf eine %1:-Adresse weiter, die nicht http oder https ist; der Weiterleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>Only http and https images can be loaded.</source>
        <translation>Nur Bilder über http und https können geladen werden.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2).</source>
        <translation>Der Server hat mit HTTP %1 (%2) geantwortet.</translation>
    </message>
    <message>
        <source>The image server did not answer in time.</source>
        <translation>Der Bildserver hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The image could not be downloaded: %1</source>
        <translation>Das Bild konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <source>The address did not return an image (it sent %1).</source>
        <translation>Die Adresse hat kein Bild geliefert (sondern %1).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>harness::core::SearchResultModel</name>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
</context>
<context>
    <name>harness::core::StdioTransport</name>
    <message>
        <source>Could not start MCP server &quot;%1&quot;: the command &quot;%2&quot; was not found or is not executable. Install it, or enter its full path in the server settings.</source>
        <translation>Der MCP-Server „%1“ konnte nicht gestartet werden: Der Befehl „%2“ wurde nicht gefunden oder ist nicht ausführbar. Installieren Sie ihn oder geben Sie in den Servereinstellungen seinen vollständigen Pfad ein.</translation>
    </message>
    <message>
        <source>Could not start MCP server &quot;%1&quot;: the working directory &quot;%2&quot; does not exist. Fix it in the server settings.</source>
        <translation>Der MCP-Server „%1“ konnte nicht gestartet werden: Das Arbeitsverzeichnis „%2“ existiert nicht. Korrigieren Sie es in den Servereinstellungen.</translation>
    </message>
    <message>
        <source>Starting %1 %2</source>
        <translation>Starte %1 %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running.</source>
        <translation>Der MCP-Server „%1“ läuft nicht.</translation>
    </message>
    <message>
        <source>Server did not exit after stdin closed; terminating.</source>
        <translation>Der Server hat sich nach dem Schließen von stdin nicht beendet; er wird beendet.</translation>
    </message>
    <message>
        <source>Server did not terminate; killing it.</source>
        <translation>Der Server hat sich nicht beendet; er wird zwangsweise beendet.</translation>
    </message>
    <message>
        <source>Ignored non-JSON output on stdout: %1</source>
        <translation>Ausgabe auf stdout, die kein JSON ist, ignoriert: %1</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; crashed. See its log for details; it is restarted automatically.</source>
        <translation>Der MCP-Server „%1“ ist abgestürzt. Details stehen in seinem Protokoll; er wird automatisch neu gestartet.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; exited unexpectedly with code %2. See its log for details.</source>
        <translation>Der MCP-Server „%1“ wurde unerwartet mit Code %2 beendet. Details stehen in seinem Protokoll.</translation>
    </message>
    <message>
        <source>Could not start MCP server &quot;%1&quot; (%2): %3. Check the command in the server settings.</source>
        <translation>Der MCP-Server „%1“ konnte nicht gestartet werden (%2): %3. Prüfen Sie den Befehl in den Servereinstellungen.</translation>
    </message>
</context>
<context>
    <name>harness::core::StoreError</name>
    <message>
        <source>The conversation database cannot be opened. Check that the data folder exists and that you may write to it, or choose another one with --data-dir.</source>
        <translation>Die Datenbank der Unterhaltungen kann nicht geöffnet werden. Prüfen Sie, ob der Datenordner existiert und Sie darin schreiben dürfen, oder wählen Sie mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>The conversation database is damaged and cannot be read. Harness keeps the file untouched; you can start with a fresh database and keep the old file for recovery.</source>
        <translation>Die Datenbank der Unterhaltungen ist beschädigt und kann nicht gelesen werden. Harness lässt die Datei unverändert; Sie können mit einer neuen Datenbank beginnen und die alte Datei zur Wiederherstellung behalten.</translation>
    </message>
    <message>
        <source>The conversation database was written by a newer version of Harness Desktop. Update the app to open it; it has not been changed.</source>
        <translation>Die Datenbank der Unterhaltungen wurde von einer neueren Version von Harness Desktop geschrieben. Aktualisieren Sie die App, um sie zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The conversation database is locked by another program. Close other copies of Harness Desktop or harness-cli that use the same data folder and try again.</source>
        <translation>Die Datenbank der Unterhaltungen ist von einem anderen Programm gesperrt. Schließen Sie andere Instanzen von Harness Desktop oder harness-cli, die denselben Datenordner verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The conversation database is read-only. Check the permissions of the data folder.</source>
        <translation>Die Datenbank der Unterhaltungen ist schreibgeschützt. Prüfen Sie die Berechtigungen des Datenordners.</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>Der Datenträger ist voll, daher konnte die Änderung nicht gespeichert werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut; bereits Gespeichertes ist nicht verloren.</translation>
    </message>
    <message>
        <source>No such item.</source>
        <translation>Element nicht gefunden.</translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation>Die Anfrage war ungültig.</translation>
    </message>
    <message>
        <source>The conversation database reported an error.</source>
        <translation>Die Datenbank der Unterhaltungen hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Details: %1)</translation>
    </message>
</context>
<context>
    <name>harness::core::StoredApprovalPolicy</name>
    <message>
        <source>Change it in the settings (tool approval), or with `%1`.</source>
        <translation>Ändern Sie das in den Einstellungen (Tool-Freigabe) oder mit `%1`.</translation>
    </message>
    <message>
        <source>Change it in the tools of the MCP server &quot;%1&quot; (Harnesses page), or with `%2`.</source>
        <translation>Ändern Sie das bei den Tools des MCP-Servers „%1“ (Seite „Harnesses“) oder mit `%2`.</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; of the MCP server &quot;%2&quot; is set to never run. %3</source>
        <translation>Das Tool „%1“ des MCP-Servers „%2“ ist so eingestellt, dass es nie läuft. %3</translation>
    </message>
    <message>
        <source>The user denied the tool &quot;%1&quot; for this session.</source>
        <translation>Der Benutzer hat das Tool „%1“ für diese Sitzung abgelehnt.</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; needs approval and nobody can be asked here. Allow it for this server with `harness-cli mcp policy set --server &quot;%2&quot; --tool &quot;%3&quot; always`, or run harness-cli with --yes.</source>
        <translation>Das Tool „%1“ muss erlaubt werden, und hier kann niemand gefragt werden. Erlauben Sie es für diesen Server mit `harness-cli mcp policy set --server &quot;%2&quot; --tool &quot;%3&quot; always` oder starten Sie harness-cli mit --yes.</translation>
    </message>
</context>
<context>
    <name>harness::core::StreamableHttpTransport</name>
    <message>
        <source>The connection to MCP server &quot;%1&quot; is closed.</source>
        <translation>Die Verbindung zum MCP-Server „%1“ ist geschlossen.</translation>
    </message>
    <message>
        <source>Ignored a message that is not JSON: %1</source>
        <translation>Nachricht ignoriert, die kein JSON ist: %1</translation>
    </message>
    <message>
        <source>Could not reach MCP server &quot;%1&quot; at %2: %3. Check the URL and that the server is running.</source>
        <translation>Der MCP-Server „%1“ unter %2 ist nicht erreichbar: %3. Prüfen Sie die URL und ob der Server läuft.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; refused access (HTTP %2). Check its access token or sign in again.</source>
        <translation>Der MCP-Server „%1“ hat den Zugriff verweigert (HTTP %2). Prüfen Sie sein Zugriffstoken oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; answered HTTP %2 %3.</source>
        <translation>Der MCP-Server „%1“ hat mit HTTP %2 %3 geantwortet.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; closed the response stream without answering.</source>
        <translation>Der MCP-Server „%1“ hat den Antwortstrom ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The server offers no stream for server-initiated messages (HTTP %1).</source>
        <translation>Der Server bietet keinen Stream für vom Server ausgehende Nachrichten an (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>harness::core::SyncEngine</name>
    <message>
        <source>Sync is off</source>
        <translation>Synchronisierung ist aus</translation>
    </message>
    <message>
        <source>Sync is waiting: choose what to do with the data on this device</source>
        <translation>Synchronisierung wartet: Legen Sie fest, was mit den Daten auf diesem Gerät geschehen soll</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Offline: changes are kept and sync when the connection is back</source>
        <translation>Offline: Änderungen bleiben erhalten und werden synchronisiert, sobald die Verbindung wieder besteht</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Synchronisierungsfehler: %1</translation>
    </message>
    <message>
        <source>The sign-in token names no account; sign in again.</source>
        <translation>Das Anmeldetoken nennt kein Konto; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to keep syncing.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an, um weiter zu synchronisieren.</translation>
    </message>
</context>
<context>
    <name>harness::core::WebModelMap</name>
    <message>
        <source>%1 (runs %2, high reasoning)</source>
        <translation>%1 (läuft als %2, hohes Reasoning)</translation>
    </message>
    <message>
        <source>%1 (runs %2)</source>
        <translation>%1 (läuft als %2)</translation>
    </message>
</context>
<context>
    <name>harness::gui::AboutDialog</name>
    <message>
        <source>About Harness Desktop</source>
        <translation>Über Harness Desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Harness Desktop %1&lt;/h2&gt;&lt;p&gt;A native chat client for LLM agents with MCP tools.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;/p&gt;&lt;h3&gt;Built with&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %3&lt;/b&gt;, used under the GNU Lesser General Public License v3 (&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;obligations&lt;/a&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;, under the BSD 3-Clause License.&lt;/li&gt;&lt;li&gt;&lt;b&gt;cmark-gfm %4&lt;/b&gt; (GitHub&apos;s CommonMark), under the BSD 2-Clause License.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;, in the public domain.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (sign-in token checks), under the Apache License 2.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Harness Desktop itself is released under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Harness Desktop %1&lt;/h2&gt;&lt;p&gt;Ein nativer Chat-Client für LLM-Agenten mit MCP-Tools.&lt;/p&gt;&lt;p&gt;Ihre Daten: %2&lt;/p&gt;&lt;h3&gt;Erstellt mit&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %3&lt;/b&gt;, verwendet unter der GNU Lesser General Public License v3 (&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;Pflichten&lt;/a&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;, unter der BSD-3-Clause-Lizenz.&lt;/li&gt;&lt;li&gt;&lt;b&gt;cmark-gfm %4&lt;/b&gt; (CommonMark von GitHub), unter der BSD-2-Clause-Lizenz.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;, gemeinfrei.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (Prüfung der Anmeldetokens), unter der Apache License 2.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Harness Desktop selbst steht unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>harness::gui::AboutPanel</name>
    <message>
        <source>About Qt…</source>
        <translation>Über Qt…</translation>
    </message>
</context>
<context>
    <name>harness::gui::AccountPanel</name>
    <message>
        <source>Sign in to Harness</source>
        <translation>Bei Harness anmelden</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Use without an account</source>
        <translation>Ohne Konto verwenden</translation>
    </message>
    <message>
        <source>Keep everything on this computer and stop syncing.</source>
        <translation>Alles auf diesem Computer behalten und die Synchronisierung beenden.</translation>
    </message>
    <message>
        <source>Advanced: sign-in and sync addresses</source>
        <translation>Erweitert: Anmelde- und Synchronisierungsadressen</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>Aussteller-URL</translation>
    </message>
    <message>
        <source>Issuer URL:</source>
        <translation>Aussteller-URL:</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Sync deployment URL</source>
        <translation>Synchronisierungs-Deployment-URL</translation>
    </message>
    <message>
        <source>Sync deployment URL:</source>
        <extracomment>The Convex deployment that keeps the account&apos;s data</extracomment>
        <translation>Synchronisierungs-Deployment-URL:</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Apply the sign-in and sync addresses</source>
        <translation>Die Anmelde- und Synchronisierungsadressen übernehmen</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed out. Sign in again to keep this computer in sync with your account.</source>
        <translation>Abgemeldet. Melden Sie sich erneut an, um diesen Computer mit Ihrem Konto synchron zu halten.</translation>
    </message>
    <message>
        <source>Not signed in. This is a local profile: everything stays on this computer and nothing is synced.</source>
        <translation>Nicht angemeldet. Dies ist ein lokales Profil: Alles bleibt auf diesem Computer, nichts wird synchronisiert.</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %1 (%n change(s) waiting)</source>
        <translation>
            <numerusform>Synchronisierung: %1 (%n Änderung wartet)</numerusform>
            <numerusform>Synchronisierung: %1 (%n Änderungen warten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Sign out to change these.</source>
        <translation>Melden Sie sich ab, um dies zu ändern.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Sign out of Harness? Sync stops on this computer.

Your conversations and harnesses stay in your account. Keep a copy on this computer too, or remove them from this computer?</source>
        <translation>Von Harness abmelden? Die Synchronisierung auf diesem Computer wird beendet.

Ihre Unterhaltungen und Harnesses bleiben in Ihrem Konto. Auch eine Kopie auf diesem Computer behalten oder sie von diesem Computer entfernen?</translation>
    </message>
    <message>
        <source>Sign out and keep local copies</source>
        <translation>Abmelden und lokale Kopien behalten</translation>
    </message>
    <message>
        <source>Sign out and remove them from this computer</source>
        <translation>Abmelden und von diesem Computer entfernen</translation>
    </message>
    <message>
        <source>They stay in your Harness account.</source>
        <translation>Sie bleiben in Ihrem Harness-Konto.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>harness::gui::AccountUi</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Signed out. This is now a local profile.</source>
        <translation>Abgemeldet. Dies ist jetzt ein lokales Profil.</translation>
    </message>
    <message>
        <source>Your Harness session ended. Sign in again to keep syncing.</source>
        <translation>Ihre Harness-Sitzung ist beendet. Melden Sie sich erneut an, um weiter zu synchronisieren.</translation>
    </message>
</context>
<context>
    <name>harness::gui::ChatHeader</name>
    <message>
        <source>Conversation title</source>
        <translation>Titel der Unterhaltung</translation>
    </message>
    <message>
        <source>Click to rename the conversation</source>
        <translation>Klicken, um die Unterhaltung umzubenennen</translation>
    </message>
    <message>
        <source>Harness</source>
        <translation>Harness</translation>
    </message>
    <message>
        <source>The harness that answers: model, tools and instructions</source>
        <translation>Der Harness, der antwortet: Modell, Tools und Anweisungen</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>Export the conversation as Markdown or JSON</source>
        <translation>Die Unterhaltung als Markdown oder JSON exportieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Could not rename the conversation: %1</source>
        <translation>Die Unterhaltung konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>The harness that answers. %1</source>
        <translation>Der Harness, der antwortet. %1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keines</translation>
    </message>
</context>
<context>
    <name>harness::gui::ChatPage</name>
    <message>
        <source>Ask anything. Your conversation is saved on this computer as you go.</source>
        <translation>Fragen Sie, was Sie möchten. Ihre Unterhaltung wird laufend auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Continue exactly where your last answer stopped.</source>
        <translation>Mach genau dort weiter, wo deine letzte Antwort aufgehört hat.</translation>
    </message>
    <message>
        <source>Create a harness first: Harnesses → New harness.</source>
        <translation>Erstellen Sie zuerst einen Harness: Harnesses → Neuer Harness.</translation>
    </message>
    <message>
        <source>↓ Jump to latest</source>
        <translation>↓ Zur neuesten</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>harness::gui::Composer</name>
    <message>
        <source>Editing your message: sending it starts a new version of the answer; the earlier one is kept.</source>
        <translation>Sie bearbeiten Ihre Nachricht: Beim Senden entsteht eine neue Version der Antwort; die bisherige bleibt erhalten.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Message… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht… (Eingabe zum Senden, Umschalt+Eingabe für eine neue Zeile)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Answer again</source>
        <translation>Erneut antworten</translation>
    </message>
    <message>
        <source>The last answer failed or was cut off: ask the model again</source>
        <translation>Die letzte Antwort ist fehlgeschlagen oder wurde abgeschnitten: Modell erneut fragen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>Antwort fortsetzen</translation>
    </message>
    <message>
        <source>Ask the model to go on from where the answer stopped</source>
        <translation>Das Modell dort weitermachen lassen, wo die Antwort aufgehört hat</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Antwort anhalten</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what arrived so far is kept</source>
        <translation>Antwort anhalten (Esc); was bisher angekommen ist, bleibt erhalten</translation>
    </message>
    <message>
        <source>Send edit</source>
        <translation>Bearbeitung senden</translation>
    </message>
</context>
<context>
    <name>harness::gui::ConnectStep</name>
    <message>
        <source>Some of the servers you chose need a key or a sign-in. Keys and tokens are kept in your system keychain, never in Harness&apos;s files.</source>
        <translation>Einige der gewählten Server brauchen einen Schlüssel oder eine Anmeldung. Schlüssel und Tokens werden im System-Schlüsselbund aufbewahrt, nie in den Dateien von Harness.</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace it</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Paste it here</source>
        <translation>Hier einfügen</translation>
    </message>
    <message>
        <source>Where do I get one?</source>
        <translation>Wo bekomme ich einen?</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Sign in with your %1 account in the browser. Harness receives the permission on this computer only.</source>
        <translation>Melden Sie sich im Browser mit Ihrem %1-Konto an. Harness erhält die Berechtigung nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>harness::gui::CustomServerDialog</name>
    <message>
        <source>Add an MCP server</source>
        <translation>MCP-Server hinzufügen</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>Short, e.g. notes; tools appear as notes__&lt;tool&gt;</source>
        <translation>Kurz, z. B. notes; Tools erscheinen dann als notes__&lt;tool&gt;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>How the server runs</source>
        <translation>Wie der Server läuft</translation>
    </message>
    <message>
        <source>Local program (stdio)</source>
        <translation>Lokales Programm (stdio)</translation>
    </message>
    <message>
        <source>Remote server (HTTP)</source>
        <translation>Entfernter Server (HTTP)</translation>
    </message>
    <message>
        <source>&amp;Runs as:</source>
        <translation>&amp;Läuft als:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>e.g. npx, uvx, docker or a full path</source>
        <translation>z. B. npx, uvx, docker oder ein vollständiger Pfad</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>e.g. -y @modelcontextprotocol/server-memory (quote arguments with spaces)</source>
        <translation>z. B. -y @modelcontextprotocol/server-memory (Argumente mit Leerzeichen in Anführungszeichen)</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumente:</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>One NAME=value per line (not for secrets: they would be saved unencrypted)</source>
        <translation>Eine Zeile NAME=Wert pro Variable (nicht für Geheimnisse: Sie würden unverschlüsselt gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Arbeitsordner</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>&amp;Arbeitsordner:</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>https://example.com/mcp</source>
        <translation>https://example.com/mcp</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Access token (bearer)</source>
        <translation>Zugriffstoken (Bearer)</translation>
    </message>
    <message>
        <source>Sign in (OAuth)</source>
        <translation>Anmelden (OAuth)</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>Au&amp;thentifizierung:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Saved in the system keychain</source>
        <translation>Im System-Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <source>Optional, one Name: value per line</source>
        <translation>Optional, eine Zeile Name: Wert pro Header</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>The environment line &quot;%1&quot; is not NAME=value.</source>
        <translation>Die Umgebungszeile „%1“ hat nicht die Form NAME=Wert.</translation>
    </message>
    <message>
        <source>The header line &quot;%1&quot; is not Name: value.</source>
        <translation>Die Header-Zeile „%1“ hat nicht die Form Name: Wert.</translation>
    </message>
    <message>
        <source>Put the token in the Token field (it goes to the keychain), not in a header.</source>
        <translation>Tragen Sie das Token in das Feld „Token“ ein (es kommt in den Schlüsselbund), nicht in einen Header.</translation>
    </message>
    <message>
        <source>Enter the access token, or choose another kind of authentication.</source>
        <translation>Geben Sie das Zugriffstoken ein oder wählen Sie eine andere Art der Authentifizierung.</translation>
    </message>
</context>
<context>
    <name>harness::gui::DataSettings</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Your conversations, harnesses and settings are kept in:</source>
        <translation>Ihre Unterhaltungen, Harnesses und Einstellungen liegen in:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>Export und Import</translation>
    </message>
    <message>
        <source>One JSON file with your harnesses, MCP server settings, providers, conversations and settings. Keys and tokens are never exported. Importing merges: what is already here is not duplicated, and newer copies win.</source>
        <translation>Eine JSON-Datei mit Ihren Harnesses, MCP-Server-Einstellungen, Anbietern, Unterhaltungen und Einstellungen. Schlüssel und Tokens werden nie exportiert. Der Import führt zusammen: Vorhandenes wird nicht doppelt angelegt, neuere Kopien gewinnen.</translation>
    </message>
    <message>
        <source>Export all data…</source>
        <translation>Alle Daten exportieren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Alle Daten exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another place.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n harness(es)</source>
        <translation>
            <numerusform>%n Harness</numerusform>
            <numerusform>%n Harnesses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MCP server(s)</source>
        <translation>
            <numerusform>%n MCP-Server</numerusform>
            <numerusform>%n MCP-Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n Anbieter</numerusform>
            <numerusform>%n Anbieter</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1: %2.</source>
        <extracomment>%1 is a file path, %2 a list such as &quot;3 conversations, 40 messages, 2 harnesses&quot;</extracomment>
        <translation>Nach %1 exportiert: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n environment value(s) that looked like secrets were left out.</source>
        <translation>
            <numerusform>%n Umgebungswert, der wie ein Geheimnis aussah, wurde weggelassen.</numerusform>
            <numerusform>%n Umgebungswerte, die wie Geheimnisse aussahen, wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Move data…</source>
        <translation>Daten verschieben…</translation>
    </message>
    <message>
        <source>Move the data folder</source>
        <translation>Den Datenordner verschieben</translation>
    </message>
    <message>
        <source>This folder was chosen with --data-dir or the environment variable %1, which always win. To keep your data elsewhere, change that option or variable.</source>
        <translation>Dieser Ordner wurde mit --data-dir oder der Umgebungsvariable %1 gewählt, die immer Vorrang haben. Um Ihre Daten woanders aufzubewahren, ändern Sie diese Option oder Variable.</translation>
    </message>
    <message>
        <source>Move data… copies everything to an empty or new folder (another disk, a synced folder), checks the copy, and uses it from the next start. The old folder is kept until you remove it. API keys are not in this folder; they stay in the system keychain.</source>
        <translation>„Daten verschieben…“ kopiert alles in einen leeren oder neuen Ordner (ein anderer Datenträger, ein synchronisierter Ordner), prüft die Kopie und verwendet sie ab dem nächsten Start. Der alte Ordner bleibt erhalten, bis Sie ihn entfernen. API-Schlüssel liegen nicht in diesem Ordner; sie bleiben im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Choose an empty folder for your data</source>
        <translation>Wählen Sie einen leeren Ordner für Ihre Daten</translation>
    </message>
    <message>
        <source>Copying your data to %1…</source>
        <translation>Ihre Daten werden nach %1 kopiert…</translation>
    </message>
    <message numerus="yes">
        <source>Your data was copied to %1 and checked (%n conversation(s)). Harness Desktop uses it from the next start.</source>
        <translation>
            <numerusform>Ihre Daten wurden nach %1 kopiert und geprüft (%n Unterhaltung). Harness Desktop verwendet sie ab dem nächsten Start.</numerusform>
            <numerusform>Ihre Daten wurden nach %1 kopiert und geprüft (%n Unterhaltungen). Harness Desktop verwendet sie ab dem nächsten Start.</numerusform>
        </translation>
    </message>
    <message>
        <source>The old folder %1 is kept until you remove it.</source>
        <translation>Der alte Ordner %1 bleibt erhalten, bis Sie ihn entfernen.</translation>
    </message>
    <message>
        <source>Restart now to use it, or cancel the move: the copy is removed and the app keeps using the old folder.</source>
        <translation>Jetzt neu starten, um ihn zu verwenden, oder das Verschieben abbrechen: Die Kopie wird entfernt und die App verwendet weiter den alten Ordner.</translation>
    </message>
    <message>
        <source>Data copied</source>
        <translation>Daten kopiert</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Cancel the move</source>
        <translation>Verschieben abbrechen</translation>
    </message>
    <message>
        <source>The move was cancelled; your data stays in %1.</source>
        <translation>Das Verschieben wurde abgebrochen; Ihre Daten bleiben in %1.</translation>
    </message>
    <message>
        <source>Moved to %1. The old folder %2 is kept until you remove it.</source>
        <translation>Nach %1 verschoben. Der alte Ordner %2 bleibt erhalten, bis Sie ihn entfernen.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are still coming in. Wait for them to finish or stop them, then move the data.</source>
        <translation>
            <numerusform>%n Antwort kommt noch herein. Warten Sie, bis sie fertig ist, oder stoppen Sie sie, und verschieben Sie dann die Daten.</numerusform>
            <numerusform>%n Antworten kommen noch herein. Warten Sie, bis sie fertig sind, oder stoppen Sie sie, und verschieben Sie dann die Daten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::ElicitationDialog</name>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>the date format the user types, keep the digits&apos; order</extracomment>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>YYYY-MM-DDThh:mm:ssZ</source>
        <translation>JJJJ-MM-TTThh:mm:ssZ</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 asks for information</source>
        <translation>%1 bittet um Angaben</translation>
    </message>
    <message>
        <source>Asked by the MCP server &quot;%1&quot;. Only send what you are happy to share with it.</source>
        <translation>Angefordert vom MCP-Server „%1“. Senden Sie nur, was Sie ihm gern mitteilen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* erforderlich</translation>
    </message>
    <message>
        <source>The server also asked for fields this form cannot show: %1.</source>
        <translation>Der Server hat auch Felder angefordert, die dieses Formular nicht anzeigen kann: %1.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept and send the answers</source>
        <translation>Annehmen und die Antworten senden</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Decline the request</source>
        <translation>Die Anfrage ablehnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>harness::gui::GeneralSettings</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Opening a conversation switches to the harness it last used</source>
        <translation>Beim Öffnen einer Unterhaltung zum zuletzt verwendeten Harness wechseln</translation>
    </message>
    <message>
        <source>Auto-switch harness</source>
        <translation>Harness automatisch wechseln</translation>
    </message>
    <message>
        <source>Auto-switch harness:</source>
        <translation>Harness automatisch wechseln:</translation>
    </message>
    <message>
        <source>Default harness for new chats</source>
        <translation>Standard-Harness für neue Chats</translation>
    </message>
    <message>
        <source>New chats use:</source>
        <translation>Neue Chats verwenden:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies after you restart the app.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart der App.</translation>
    </message>
    <message>
        <source>Language (after restart):</source>
        <translation>Sprache (nach Neustart):</translation>
    </message>
    <message>
        <source>Show tokens and cost under answers</source>
        <translation>Tokens und Kosten unter Antworten anzeigen</translation>
    </message>
    <message>
        <source>Show tokens and cost</source>
        <translation>Tokens und Kosten anzeigen</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Verbrauch:</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>seconds, after a number</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Stream stall timeout in seconds</source>
        <translation>Zeitlimit bei stillem Stream in Sekunden</translation>
    </message>
    <message>
        <source>Give up on a silent stream after:</source>
        <translation>Stillen Stream aufgeben nach:</translation>
    </message>
    <message>
        <source>When a provider sends nothing for this long, the answer stops and what arrived is kept.</source>
        <translation>Wenn ein Anbieter so lange nichts sendet, wird die Antwort beendet; was angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The harness used last</source>
        <translation>Der zuletzt verwendete Harness</translation>
    </message>
</context>
<context>
    <name>harness::gui::GuiApprovalPolicy</name>
    <message>
        <source>The user denied this call of &quot;%1&quot;.</source>
        <translation>Der Benutzer hat diesen Aufruf von „%1“ abgelehnt.</translation>
    </message>
</context>
<context>
    <name>harness::gui::HarnessManagerPage</name>
    <message>
        <source>Harnesses</source>
        <translation>Harnesses</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>Toolserver</translation>
    </message>
    <message>
        <source>New harness…</source>
        <translation>Neuer Harness…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Delete harness</source>
        <translation>Harness löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import MCP servers…</source>
        <translation>MCP-Server importieren…</translation>
    </message>
    <message>
        <source>Add the servers of an mcpServers JSON file, as Claude Desktop and Cursor write them</source>
        <translation>Die Server einer mcpServers-JSON-Datei hinzufügen, wie Claude Desktop und Cursor sie schreiben</translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>MCP-Server importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; was not saved: %2</source>
        <translation>Das Token von „%1“ wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>No server was added.</source>
        <translation>Es wurde kein Server hinzugefügt.</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>Nicht hinzugefügt:</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Make a copy with the same model, servers and prompt</source>
        <translation>Eine Kopie mit demselben Modell, denselben Servern und demselben Prompt anlegen</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; created.</source>
        <translation>Harness „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; saved.</source>
        <translation>Harness „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>(no model yet)</source>
        <translation>(noch kein Modell)</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish…</source>
        <translation>Fertigstellen…</translation>
    </message>
    <message>
        <source>not available (disabled or removed)</source>
        <translation>nicht verfügbar (deaktiviert oder entfernt)</translation>
    </message>
    <message numerus="yes">
        <source>connected · %n tool(s)</source>
        <translation>
            <numerusform>verbunden · %n Tool</numerusform>
            <numerusform>verbunden · %n Tools</numerusform>
        </translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>wird beendet…</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not started (starts when a chat uses it)</source>
        <translation>nicht gestartet (startet, sobald ein Chat ihn verwendet)</translation>
    </message>
    <message>
        <source>stopped · last error: %1</source>
        <translation>beendet · letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Select a harness to see its MCP servers.</source>
        <translation>Wählen Sie einen Harness, um seine MCP-Server zu sehen.</translation>
    </message>
    <message>
        <source>MCP servers of &quot;%1&quot;</source>
        <translation>MCP-Server von „%1“</translation>
    </message>
    <message>
        <source>No MCP server: the model answers without tools.</source>
        <translation>Kein MCP-Server: Das Modell antwortet ohne Tools.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <source>Tools and status of %1</source>
        <translation>Tools und Status von %1</translation>
    </message>
    <message>
        <source>The server&apos;s tools, their approval rules, and its log</source>
        <translation>Die Tools des Servers, ihre Freigaberegeln und sein Protokoll</translation>
    </message>
    <message>
        <source>Made &quot;%1&quot;. Edit it, then start it.</source>
        <translation>„%1“ angelegt. Bearbeiten Sie ihn und starten Sie ihn dann.</translation>
    </message>
    <message>
        <source>Delete the harness &quot;%1&quot;? Conversations that used it are kept, and so are its MCP servers.</source>
        <translation>Den Harness „%1“ löschen? Unterhaltungen, die ihn verwendet haben, bleiben erhalten, ebenso seine MCP-Server.</translation>
    </message>
    <message>
        <source>Added: %1. Tick them on the MCP servers page when you edit a harness.</source>
        <translation>Hinzugefügt: %1. Haken Sie sie auf der Seite „MCP-Server“ an, wenn Sie einen Harness bearbeiten.</translation>
    </message>
    <message>
        <source>Tools &amp;&amp; status…</source>
        <translation>Tools &amp;&amp; Status…</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Skills: %1</translation>
    </message>
    <message>
        <source> · on this device only</source>
        <translation> · nur auf diesem Gerät</translation>
    </message>
</context>
<context>
    <name>harness::gui::HarnessWizard</name>
    <message>
        <source>Name &amp; model</source>
        <translation>Name &amp; Modell</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Keep what you entered as a draft harness and finish later</source>
        <translation>Das Eingegebene als Harness-Entwurf behalten und später fertigstellen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Let&apos;s build your first harness</source>
        <translation>Richten wir Ihren ersten Harness ein</translation>
    </message>
    <message>
        <source>New harness</source>
        <translation>Neuer Harness</translation>
    </message>
    <message>
        <source>A harness is a model, the tools it may use, and how it should behave. You can change everything later, and save a draft at any step.</source>
        <translation>Ein Harness besteht aus einem Modell, den Tools, die es verwenden darf, und wie es sich verhalten soll. Sie können alles später ändern und bei jedem Schritt einen Entwurf speichern.</translation>
    </message>
    <message>
        <source>My harness</source>
        <translation>Mein Harness</translation>
    </message>
    <message>
        <source>Finish &quot;%1&quot;</source>
        <translation>„%1“ fertigstellen</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>This harness is a draft: complete the steps and create it.</source>
        <translation>Dieser Harness ist ein Entwurf: Schließen Sie die Schritte ab und erstellen Sie ihn.</translation>
    </message>
    <message>
        <source>Change any step, then save. Tokens already saved stay in the keychain unless you type new ones.</source>
        <translation>Ändern Sie beliebige Schritte und speichern Sie dann. Bereits gespeicherte Tokens bleiben im Schlüsselbund, sofern Sie keine neuen eingeben.</translation>
    </message>
    <message>
        <source>Enter the %1 for %2, or go back and untick it.</source>
        <translation>%2 braucht „%1“. Geben Sie den Wert ein oder gehen Sie zurück und entfernen Sie den Haken.</translation>
    </message>
    <message>
        <source>Not needed: no chosen server asks for a key</source>
        <translation>Nicht nötig: Kein gewählter Server verlangt einen Schlüssel</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Create harness</source>
        <translation>Harness erstellen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source> — signed in</source>
        <translation> — angemeldet</translation>
    </message>
    <message>
        <source> — asks you to sign in on first use</source>
        <translation> — fordert bei der ersten Verwendung zur Anmeldung auf</translation>
    </message>
    <message>
        <source> — key goes to the keychain</source>
        <translation> — Schlüssel kommt in den Schlüsselbund</translation>
    </message>
    <message>
        <source>Tools from</source>
        <translation>Tools von</translation>
    </message>
    <message>
        <source>no MCP server</source>
        <translation>kein MCP-Server</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Draft &quot;%1&quot; saved. Find it under Drafts in Harnesses to finish it.</source>
        <translation>Entwurf „%1“ gespeichert. Sie finden ihn unter „Entwürfe“ bei den Harnesses, um ihn fertigzustellen.</translation>
    </message>
    <message>
        <source>Not saved yet (incomplete): %1</source>
        <translation>Noch nicht gespeichert (unvollständig): %1</translation>
    </message>
    <message>
        <source>Draft &quot;%1&quot; saved.</source>
        <translation>Entwurf „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; created.</source>
        <translation>Harness „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; saved.</source>
        <translation>Harness „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>harness::gui::KeychainNotice</name>
    <message>
        <source>Keep secrets for this session only</source>
        <translation>Geheimnisse nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Keys and tokens you enter are kept in memory until you quit. Nothing is written to disk.</source>
        <translation>Eingegebene Schlüssel und Tokens bleiben bis zum Beenden im Arbeitsspeicher. Auf die Festplatte wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>No keychain: keys cannot be saved</source>
        <translation>Kein Schlüsselbund: Schlüssel können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Keys kept for this session only</source>
        <translation>Schlüssel nur für diese Sitzung aufbewahrt</translation>
    </message>
    <message>
        <source>No keychain is reachable; keys and tokens are forgotten when you quit.</source>
        <translation>Kein Schlüsselbund erreichbar; Schlüssel und Tokens werden beim Beenden vergessen.</translation>
    </message>
    <message>
        <source>No system keychain is reachable, so API keys and tokens cannot be saved safely, and Harness Desktop never writes them in plain text. Start a keychain (GNOME Keyring or KWallet) and restart the app, or keep secrets in memory for this session only.</source>
        <translation>Kein System-Schlüsselbund erreichbar, daher können API-Schlüssel und Tokens nicht sicher gespeichert werden, und Harness Desktop schreibt sie nie im Klartext. Starten Sie einen Schlüsselbund (GNOME Keyring oder KWallet) und starten Sie die App neu, oder behalten Sie Geheimnisse nur für diese Sitzung im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this session only: nothing is saved to disk, and you will need to enter keys and sign in to tool servers again after restarting. Start a keychain and restart the app to keep them.</source>
        <translation>Geheimnisse werden nur für diese Sitzung im Arbeitsspeicher gehalten: Nichts wird auf die Festplatte geschrieben, und nach einem Neustart müssen Sie Schlüssel erneut eingeben und sich erneut bei Toolservern anmelden. Starten Sie einen Schlüsselbund und starten Sie die App neu, um sie zu behalten.</translation>
    </message>
</context>
<context>
    <name>harness::gui::MainWindow</name>
    <message>
        <source>Harness Desktop</source>
        <translation>Harness Desktop</translation>
    </message>
    <message>
        <source>Harness created. Say hello!</source>
        <translation>Harness erstellt. Sagen Sie Hallo!</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Vorherige Unterhaltung</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Nächste Unterhaltung</translation>
    </message>
    <message>
        <source>Focus the message field</source>
        <translation>Zum Nachrichtenfeld</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::McpServerDialog</name>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Reconnect to the server</source>
        <translation>Erneut mit dem Server verbinden</translation>
    </message>
    <message>
        <source>Tools of the server</source>
        <translation>Tools des Servers</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>When the model calls it</source>
        <translation>Wenn das Modell es aufruft</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Serverprotokoll</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Protokoll kopieren</translation>
    </message>
    <message>
        <source>Copy the whole log</source>
        <translation>Das gesamte Protokoll kopieren</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>MCP server</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>This MCP server no longer exists.</source>
        <translation>Dieser MCP-Server existiert nicht mehr.</translation>
    </message>
    <message>
        <source>MCP server %1</source>
        <translation>MCP-Server %1</translation>
    </message>
    <message>
        <source>Choices here apply to every harness that uses this server.</source>
        <translation>Die Auswahl hier gilt für jeden Harness, der diesen Server verwendet.</translation>
    </message>
    <message>
        <source>Choices here apply to the harness &quot;%1&quot; only.</source>
        <translation>Die Auswahl hier gilt nur für den Harness „%1“.</translation>
    </message>
    <message>
        <source>Switched off: enable the server in its settings to use it.</source>
        <translation>Ausgeschaltet: Aktivieren Sie den Server in seinen Einstellungen, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>Not running. It starts when a conversation uses it.</source>
        <translation>Läuft nicht. Er startet, sobald eine Unterhaltung ihn verwendet.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Protocol %1</source>
        <translation>Protokoll %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n Tool</numerusform>
            <numerusform>%n Tools</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesend</translation>
    </message>
    <message>
        <source>destructive</source>
        <translation>destruktiv</translation>
    </message>
    <message>
        <source>changes things</source>
        <translation>nimmt Änderungen vor</translation>
    </message>
    <message>
        <source>idempotent</source>
        <translation>idempotent</translation>
    </message>
    <message>
        <source>reaches outside</source>
        <translation>greift nach außen</translation>
    </message>
    <message>
        <source>always allow</source>
        <translation>immer erlauben</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>ask</source>
        <translation>nachfragen</translation>
    </message>
    <message>
        <source>Approval for %1</source>
        <translation>Freigabe für %1</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <extracomment>%1 is what applies when nothing is chosen for this tool: ask, always allow or never</extracomment>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Jedes Mal nachfragen</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Immer erlauben</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Could not save the choice: %1</source>
        <translation>Die Auswahl konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageActions</name>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>under an answer: how many tokens it used</comment>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <source>Edited · hide earlier version</source>
        <extracomment>a message that was edited and sent again; the link shows or hides what it replaced</extracomment>
        <translation>Bearbeitet · frühere Version ausblenden</translation>
    </message>
    <message>
        <source>Edited · show earlier version</source>
        <translation>Bearbeitet · frühere Version anzeigen</translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageDelegate</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Earlier version · %1</source>
        <extracomment>a message replaced by an edit, shown on request</extracomment>
        <translation>Frühere Version · %1</translation>
    </message>
    <message>
        <source>answering…</source>
        <translation>antwortet…</translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageRenderCache</name>
    <message>
        <source>Loading image…</source>
        <translation>Bild wird geladen…</translation>
    </message>
    <message>
        <source>⚠ Image not loaded: %1 Click to try again.</source>
        <extracomment>a remote image in an answer could not be shown; %1 is the reason</extracomment>
        <translation>⚠ Bild nicht geladen: %1 Klicken Sie, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>⚠ Image not loaded: the file could not be read as an image.</source>
        <translation>⚠ Bild nicht geladen: Die Datei konnte nicht als Bild gelesen werden.</translation>
    </message>
    <message>
        <source>Stopped. What arrived so far is kept: continue or retry it below.</source>
        <translation>Angehalten. Was bisher angekommen ist, bleibt erhalten: Setzen Sie die Antwort unten fort oder wiederholen Sie sie.</translation>
    </message>
    <message>
        <source>What you see is kept in memory and saved as soon as the disk allows.</source>
        <translation>Was Sie sehen, bleibt im Arbeitsspeicher und wird gespeichert, sobald der Datenträger es zulässt.</translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>harness::gui::ModelStep</name>
    <message>
        <source>Harness name</source>
        <translation>Name des Harness</translation>
    </message>
    <message>
        <source>e.g. Research assistant</source>
        <translation>z. B. Rechercheassistent</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Modelle suchen</translation>
    </message>
    <message>
        <source>Search models, e.g. claude, gpt, llama…</source>
        <translation>Modelle suchen, z. B. claude, gpt, llama…</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>Liste aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the model list from your provider</source>
        <translation>Die Modellliste bei Ihrem Anbieter abrufen</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Price in / out (1M)</source>
        <extracomment>price per million tokens, input / output</extracomment>
        <translation>Preis ein / aus (1 Mio.)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Modell-ID</translation>
    </message>
    <message>
        <source>Pick one above, or type a model id, e.g. anthropic/claude-sonnet-4</source>
        <translation>Wählen Sie oben eines aus oder geben Sie eine Modell-ID ein, z. B. anthropic/claude-sonnet-4</translation>
    </message>
    <message>
        <source>Model &amp;id:</source>
        <translation>Modell-&amp;ID:</translation>
    </message>
    <message>
        <source>No model list yet: press Refresh list, or type a model id below.</source>
        <translation>Noch keine Modellliste: Klicken Sie auf „Liste aktualisieren“ oder geben Sie unten eine Modell-ID ein.</translation>
    </message>
    <message>
        <source>No provider is set up yet: type a model id below, and add your provider&apos;s key in Settings.</source>
        <translation>Noch kein Anbieter eingerichtet: Geben Sie unten eine Modell-ID ein und fügen Sie den Schlüssel Ihres Anbieters in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s).</source>
        <translation>
            <numerusform>%n Modell.</numerusform>
            <numerusform>%n Modelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>Modellliste wird abgerufen…</translation>
    </message>
    <message>
        <source>%1 tokens of context</source>
        <translation>%1 Tokens Kontext</translation>
    </message>
    <message>
        <source>%1 in / %2 out per million tokens</source>
        <translation>%1 Eingabe / %2 Ausgabe pro Million Tokens</translation>
    </message>
    <message>
        <source>can call tools</source>
        <translation>kann Tools aufrufen</translation>
    </message>
    <message>
        <source>cannot call tools: MCP servers will not be used</source>
        <translation>kann keine Tools aufrufen: MCP-Server werden nicht verwendet</translation>
    </message>
    <message>
        <source>Not in the provider&apos;s list; it is used as typed.</source>
        <translation>Nicht in der Liste des Anbieters; wird wie eingegeben verwendet.</translation>
    </message>
    <message>
        <source>Harness web model: %1</source>
        <translation>Modell der Harness-Web-App: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::NetworkSettings</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>How Harness Desktop reaches providers, MCP servers and sync. This setting belongs to this device.</source>
        <translation>Wie Harness Desktop Anbieter, MCP-Server und die Synchronisierung erreicht. Diese Einstellung gilt nur für dieses Gerät.</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Use this proxy:</source>
        <translation>Diesen Proxy verwenden:</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxy-Typ</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Proxy-Benutzername</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Applied: the system&apos;s proxy settings are used.</source>
        <translation>Übernommen: Die Proxy-Einstellungen des Systems werden verwendet.</translation>
    </message>
    <message>
        <source>Applied: connections go out directly.</source>
        <translation>Übernommen: Verbindungen gehen direkt hinaus.</translation>
    </message>
    <message>
        <source>Applied: new connections go through %1:%2.</source>
        <translation>Übernommen: Neue Verbindungen laufen über %1:%2.</translation>
    </message>
</context>
<context>
    <name>harness::gui::ProviderSettings</name>
    <message>
        <source>OpenAI-compatible (OpenAI, Ollama, LM Studio, llama.cpp, vLLM)</source>
        <translation>OpenAI-kompatibel (OpenAI, Ollama, LM Studio, llama.cpp, vLLM)</translation>
    </message>
    <message>
        <source>Provider address</source>
        <translation>Adresse des Anbieters</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Where answers come from. Keys are checked with the provider before they are saved, and are kept in the system keychain, never in a file.</source>
        <translation>Woher die Antworten kommen. Schlüssel werden vor dem Speichern beim Anbieter geprüft und im System-Schlüsselbund aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Saved providers</source>
        <translation>Gespeicherte Anbieter</translation>
    </message>
    <message>
        <source>Add another…</source>
        <translation>Weiteren hinzufügen…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Harnesses without a provider of their own use the default one.</source>
        <translation>Harnesses ohne eigenen Anbieter verwenden den Standardanbieter.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected provider and its key</source>
        <translation>Den ausgewählten Anbieter und seinen Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>Anbietertyp</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Prüfen und speichern</translation>
    </message>
    <message>
        <source>Save without checking</source>
        <translation>Ohne Prüfung speichern</translation>
    </message>
    <message>
        <source>Save now and use the provider once it can be reached.</source>
        <translation>Jetzt speichern und den Anbieter verwenden, sobald er erreichbar ist.</translation>
    </message>
    <message>
        <source>No key yet?</source>
        <translation>Noch keinen Schlüssel?</translation>
    </message>
    <message>
        <source>Connect OpenRouter…</source>
        <translation>OpenRouter verbinden…</translation>
    </message>
    <message>
        <source>Connect OpenRouter in the browser</source>
        <translation>OpenRouter im Browser verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign in to OpenRouter in your browser and approve Harness Desktop: OpenRouter creates a key for this app and hands it over directly.</source>
        <translation>Melden Sie sich im Browser bei OpenRouter an und bestätigen Sie Harness Desktop: OpenRouter erstellt einen Schlüssel für diese App und übergibt ihn direkt.</translation>
    </message>
    <message>
        <source>Use local Ollama</source>
        <translation>Lokales Ollama verwenden</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>key unavailable</source>
        <translation>Schlüssel nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No provider yet: paste an OpenRouter key, connect OpenRouter below, or enter the address of an OpenAI-compatible server.</source>
        <translation>Noch kein Anbieter: Fügen Sie einen OpenRouter-Schlüssel ein, verbinden Sie OpenRouter unten oder geben Sie die Adresse eines OpenAI-kompatiblen Servers ein.</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Paste a new key to replace the saved one</source>
        <translation>Neuen Schlüssel einfügen, um den gespeicherten zu ersetzen</translation>
    </message>
    <message>
        <source>Enter the server&apos;s full address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>Geben Sie die vollständige Adresse des Servers ein, beginnend mit http:// oder https://, z. B. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>Paste your OpenRouter key (it starts with sk-or-), or use &quot;Connect OpenRouter&quot; below.</source>
        <translation>Fügen Sie Ihren OpenRouter-Schlüssel ein (er beginnt mit sk-or-) oder verwenden Sie unten „OpenRouter verbinden“.</translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <translation>Prüfe bei %1…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 saved. Its key (%2) is in %3.</source>
        <translation>%1 gespeichert. Sein Schlüssel (%2) liegt in %3.</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Anbieter entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and delete its key from %2? Harnesses that use it switch to the default provider.</source>
        <translation>%1 entfernen und seinen Schlüssel aus %2 löschen? Harnesses, die ihn verwenden, wechseln zum Standardanbieter.</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 and its key were removed.</source>
        <translation>%1 und sein Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <source>%1 was removed, but the keychain could not be reached to delete its key. If one was saved, delete &quot;%2&quot; from your keychain.</source>
        <translation>%1 wurde entfernt, aber der Schlüsselbund war nicht erreichbar, um den Schlüssel zu löschen. Falls einer gespeichert war, löschen Sie „%2“ aus Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Waiting for you in the browser: sign in to OpenRouter and approve Harness Desktop, then come back here.</source>
        <translation>Warte auf Sie im Browser: Melden Sie sich bei OpenRouter an, bestätigen Sie Harness Desktop und kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>Getting your key from OpenRouter…</source>
        <translation>Ihr Schlüssel wird von OpenRouter abgerufen…</translation>
    </message>
    <message>
        <source>OpenRouter is connected. Its key (%1) is in %2.</source>
        <translation>OpenRouter ist verbunden. Sein Schlüssel (%1) liegt in %2.</translation>
    </message>
    <message>
        <source>It has no models yet: run &quot;ollama pull llama3.2&quot; first.</source>
        <translation>Es hat noch keine Modelle: Führen Sie zuerst „ollama pull llama3.2“ aus.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n model(s).</source>
        <translation>
            <numerusform>Es hat %n Modell.</numerusform>
            <numerusform>Es hat %n Modelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ollama is running on this computer and is set up as a provider. %1</source>
        <translation>Ollama läuft auf diesem Computer und ist als Anbieter eingerichtet. %1</translation>
    </message>
    <message>
        <source>Ollama is running on this computer. %1</source>
        <translation>Ollama läuft auf diesem Computer. %1</translation>
    </message>
    <message>
        <source>Local Ollama added as a provider (%1). It needs no key.</source>
        <translation>Lokales Ollama als Anbieter hinzugefügt (%1). Es braucht keinen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>harness::gui::ReasoningBlock</name>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Überlegungen</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n second(s)</source>
        <comment>how long the model reasoned</comment>
        <translation>
            <numerusform>%n Sekunde nachgedacht</numerusform>
            <numerusform>%n Sekunden nachgedacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n minute(s)</source>
        <comment>how long the model reasoned</comment>
        <translation>
            <numerusform>%n Minute nachgedacht</numerusform>
            <numerusform>%n Minuten nachgedacht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::RemoveDataConfirmation</name>
    <message numerus="yes">
        <source>Remove %n conversation(s) with all their messages, and your harnesses and settings, from this computer? This cannot be undone.</source>
        <translation>
            <numerusform>%n Unterhaltung mit allen Nachrichten sowie Ihre Harnesses und Einstellungen von diesem Computer entfernen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Unterhaltungen mit allen Nachrichten sowie Ihre Harnesses und Einstellungen von diesem Computer entfernen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove data from this computer</source>
        <translation>Daten von diesem Computer entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung entfernen</numerusform>
            <numerusform>%n Unterhaltungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>harness::gui::ServerTestWidget</name>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Test the server</source>
        <translation>Den Server testen</translation>
    </message>
    <message>
        <source>Start the server, connect and list its tools</source>
        <translation>Den Server starten, verbinden und seine Tools auflisten</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n tool(s).</source>
        <translation>
            <numerusform>Verbunden mit %1: %n Tool.</numerusform>
            <numerusform>Verbunden mit %1: %n Tools.</numerusform>
        </translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
</context>
<context>
    <name>harness::gui::ServersStep</name>
    <message>
        <source>Tools come from MCP servers. Tick the ones this harness may use; select one to see what it needs and to test it.</source>
        <translation>Tools kommen von MCP-Servern. Haken Sie die an, die dieser Harness verwenden darf; wählen Sie einen aus, um zu sehen, was er braucht, und um ihn zu testen.</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>Add custom server…</source>
        <translation>Eigenen Server hinzufügen…</translation>
    </message>
    <message>
        <source>A local program (stdio) or a remote URL (HTTP) that is not in the list</source>
        <translation>Ein lokales Programm (stdio) oder eine entfernte URL (HTTP), das nicht in der Liste steht</translation>
    </message>
    <message>
        <source>Import mcpServers file…</source>
        <translation>mcpServers-Datei importieren…</translation>
    </message>
    <message>
        <source>Add the servers of a claude_desktop_config.json, .cursor/mcp.json or similar file</source>
        <translation>Die Server einer claude_desktop_config.json, .cursor/mcp.json oder ähnlichen Datei hinzufügen</translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>MCP-Server importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Your servers</source>
        <translation>Ihre Server</translation>
    </message>
    <message>
        <source>Well-known servers</source>
        <translation>Bekannte Server</translation>
    </message>
    <message>
        <source>  (sign-in)</source>
        <translation>  (Anmeldung)</translation>
    </message>
    <message>
        <source>  (key)</source>
        <translation>  (Schlüssel)</translation>
    </message>
    <message>
        <source>No server chosen: the model will answer without tools.</source>
        <translation>Kein Server gewählt: Das Modell antwortet ohne Tools.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message>
        <source>Select a server to see what it does and what it needs.</source>
        <translation>Wählen Sie einen Server, um zu sehen, was er tut und was er braucht.</translation>
    </message>
    <message>
        <source>Project page</source>
        <translation>Projektseite</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Ausführung:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not installed on this computer; the server cannot start until it is. Test shows how to get it.</source>
        <translation>„%1“ ist auf diesem Computer nicht installiert; der Server kann erst danach starten. „Testen“ zeigt, wie Sie es bekommen.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <source>Needs you to sign in: you will do that on the next page, where it can be tested too.</source>
        <translation>Erfordert eine Anmeldung: Das erledigen Sie auf der nächsten Seite, wo Sie ihn auch testen können.</translation>
    </message>
    <message>
        <source>Needs a key or token: you will enter it on the next page, where it can be tested too.</source>
        <translation>Erfordert einen Schlüssel oder ein Token: Das geben Sie auf der nächsten Seite ein, wo Sie ihn auch testen können.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No server was added.</source>
        <translation>Es wurde kein Server hinzugefügt.</translation>
    </message>
    <message>
        <source>Added and ticked: %1.</source>
        <translation>Hinzugefügt und angehakt: %1.</translation>
    </message>
    <message>
        <source>Not added: %1: %2</source>
        <translation>Nicht hinzugefügt: %1: %2</translation>
    </message>
</context>
<context>
    <name>harness::gui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Settings categories</source>
        <translation>Kategorien der Einstellungen</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
</context>
<context>
    <name>harness::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column headers of the keyboard shortcuts table: what the shortcut does, and its keys.</extracomment>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>harness::gui::Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+K)</source>
        <translation>Unterhaltungen suchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Harnesses</source>
        <translation>Harnesses</translation>
    </message>
    <message>
        <source>Manage harnesses</source>
        <translation>Harnesses verwalten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>No conversation mentions &quot;%1&quot;.</source>
        <translation>Keine Unterhaltung erwähnt „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not delete the conversation: %1</source>
        <translation>Die Unterhaltung konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Conversation actions</source>
        <translation>Aktionen für die Unterhaltung</translation>
    </message>
    <message>
        <source>Could not pin the conversation: %1</source>
        <translation>Die Unterhaltung konnte nicht angeheftet werden: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::SignInProgress</name>
    <message>
        <source>Continue in your browser</source>
        <translation>Im Browser fortfahren</translation>
    </message>
    <message>
        <source>Sign in on the page that opened in your web browser, then come back here. If no page opened, copy this link into your browser:</source>
        <translation>Melden Sie sich auf der Seite an, die sich in Ihrem Webbrowser geöffnet hat, und kehren Sie dann hierher zurück. Falls sich keine Seite geöffnet hat, kopieren Sie diesen Link in Ihren Browser:</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Anmeldelink</translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation>Browser wird geöffnet…</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation>Den Anmeldelink kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
</context>
<context>
    <name>harness::gui::SkillsStep</name>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Optional: who the model is and how it should answer.</source>
        <translation>Optional: wer das Modell ist und wie es antworten soll.</translation>
    </message>
    <message>
        <source>e.g. You are a careful research assistant. Cite your sources.</source>
        <translation>z. B. Du bist ein sorgfältiger Rechercheassistent. Nenne deine Quellen.</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>Neue Fähigkeit</translation>
    </message>
    <message>
        <source>e.g. Explains code step by step</source>
        <translation>z. B. Erklärt Code Schritt für Schritt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Ideas:</source>
        <translation>Ideen:</translation>
    </message>
    <message>
        <source>Cites its sources</source>
        <translation>Nennt seine Quellen</translation>
    </message>
    <message>
        <source>Asks before changing files</source>
        <translation>Fragt, bevor es Dateien ändert</translation>
    </message>
    <message>
        <source>Answers concisely</source>
        <translation>Antwortet knapp</translation>
    </message>
    <message>
        <source>Writes tests for code it changes</source>
        <translation>Schreibt Tests für Code, den es ändert</translation>
    </message>
    <message>
        <source>Suggested prompts</source>
        <translation>Vorgeschlagene Prompts</translation>
    </message>
    <message>
        <source>Optional: one per line, offered on an empty chat.</source>
        <translation>Optional: einer pro Zeile, angeboten in einem leeren Chat.</translation>
    </message>
    <message>
        <source>Short abilities or rules, each with what it is for, added to the system prompt as a list.</source>
        <translation>Kurze Fähigkeiten oder Regeln, jeweils mit ihrem Zweck, als Liste an den Systemprompt angehängt.</translation>
    </message>
    <message>
        <source>What the new skill is for</source>
        <translation>Wofür der neue Skill ist</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Beschreibung (optional)</translation>
    </message>
</context>
<context>
    <name>harness::gui::StoreOpener</name>
    <message>
        <source>Database: %1

Start with a fresh, empty database? The current file is kept next to it under a new name, so nothing is deleted.</source>
        <translation>Datenbank: %1

Mit einer neuen, leeren Datenbank beginnen? Die aktuelle Datei bleibt unter neuem Namen daneben erhalten, es wird also nichts gelöscht.</translation>
    </message>
    <message>
        <source>Cannot open your conversations</source>
        <translation>Ihre Unterhaltungen können nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Start fresh, keep the old file</source>
        <translation>Neu beginnen, alte Datei behalten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The old database could not be moved aside: %1</source>
        <translation>Die alte Datenbank konnte nicht beiseitegelegt werden: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::SuggestionChips</name>
    <message>
        <source>Ask: %1</source>
        <translation>Fragen: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::SyncStatusButton</name>
    <message>
        <source>Signing in…</source>
        <extracomment>Status bar: the app is signing in to the Harness account</extracomment>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Local profile</source>
        <extracomment>Status bar: no account, nothing syncs</extracomment>
        <translation>Lokales Profil</translation>
    </message>
    <message>
        <source>Everything stays on this computer. Click to sign in and sync.</source>
        <translation>Alles bleibt auf diesem Computer. Klicken Sie, um sich anzumelden und zu synchronisieren.</translation>
    </message>
    <message>
        <source>⚠ Signed out</source>
        <translation>⚠ Abgemeldet</translation>
    </message>
    <message>
        <source>%1
Click to sign in again.</source>
        <translation>%1
Klicken Sie, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>✓ Synced</source>
        <translation>✓ Synchronisiert</translation>
    </message>
    <message>
        <source>Everything is in sync with your account. Click to sync now.</source>
        <translation>Alles ist mit Ihrem Konto synchron. Klicken Sie, um jetzt zu synchronisieren.</translation>
    </message>
    <message>
        <source>⟳ Syncing…</source>
        <translation>⟳ Synchronisiere…</translation>
    </message>
    <message>
        <source>Sending and receiving changes.</source>
        <translation>Änderungen werden gesendet und empfangen.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The sync service cannot be reached: %1
Changes are kept and sync when the connection is back. Click to try now.</source>
        <translation>Der Synchronisierungsdienst ist nicht erreichbar: %1
Änderungen bleiben erhalten und werden synchronisiert, sobald die Verbindung wieder besteht. Klicken Sie, um es jetzt zu versuchen.</translation>
    </message>
    <message>
        <source>⚠ Sync error</source>
        <translation>⚠ Synchronisierungsfehler</translation>
    </message>
    <message>
        <source>%1
Click to try again.</source>
        <translation>%1
Klicken Sie, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Sync waiting</source>
        <translation>Synchronisierung wartet</translation>
    </message>
    <message>
        <source>Choose what to do with the data on this computer. Click to answer.</source>
        <translation>Legen Sie fest, was mit den Daten auf diesem Computer geschehen soll. Klicken Sie, um zu antworten.</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>Synchronisierung aus</translation>
    </message>
    <message numerus="yes">
        <source>· %n change(s) waiting</source>
        <extracomment>Status bar: local changes not yet sent to the account</extracomment>
        <translation>
            <numerusform>· %n Änderung wartet</numerusform>
            <numerusform>· %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation>Synchronisierungsstatus: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::ToolCallCard</name>
    <message>
        <source>%1 s</source>
        <extracomment>duration of a tool call, in seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>[an image that could not be shown]</source>
        <translation>[ein Bild, das nicht angezeigt werden konnte]</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>Ressource:</translation>
    </message>
    <message>
        <source>[audio: %1]</source>
        <translation>[Audio: %1]</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Allow this tool to run?</source>
        <translation>Dieses Tool ausführen lassen?</translation>
    </message>
    <message>
        <source>It may delete or overwrite data.</source>
        <translation>Es kann Daten löschen oder überschreiben.</translation>
    </message>
    <message>
        <source>It only reads data.</source>
        <translation>Es liest nur Daten.</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Einmal erlauben</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Immer erlauben</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>how long a tool call has been running or waiting: minutes and seconds</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>how long a tool call has been running or waiting: hours and minutes</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
</context>
<context>
    <name>harness::gui::ToolSettings</name>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>When a model wants to use a tool of an MCP server. Choices made for a harness, a server or a single tool in the harness manager, and &quot;always&quot; answers to a prompt, come first.</source>
        <translation>Wenn ein Modell ein Tool eines MCP-Servers verwenden will. Entscheidungen für einen Harness, einen Server oder ein einzelnes Tool im Harness-Manager sowie „immer“-Antworten auf eine Nachfrage haben Vorrang.</translation>
    </message>
    <message>
        <source>Allow read-only tools automatically, ask for the others</source>
        <translation>Nur-Lese-Tools automatisch erlauben, bei den anderen nachfragen</translation>
    </message>
    <message>
        <source>Tools their server marks as read-only run at once; anything that could change something asks first. Recommended.</source>
        <translation>Tools, die ihr Server als nur lesend kennzeichnet, laufen sofort; alles, was etwas ändern könnte, fragt zuerst. Empfohlen.</translation>
    </message>
    <message>
        <source>Ask before every tool call</source>
        <translation>Vor jedem Tool-Aufruf nachfragen</translation>
    </message>
    <message>
        <source>You approve each call, read-only or not.</source>
        <translation>Sie bestätigen jeden Aufruf, ob nur lesend oder nicht.</translation>
    </message>
    <message>
        <source>Run every tool without asking</source>
        <translation>Jedes Tool ohne Nachfrage ausführen</translation>
    </message>
    <message>
        <source>Only for servers you fully trust: a tool may change files, send messages or spend money.</source>
        <translation>Nur für Server, denen Sie voll vertrauen: Ein Tool kann Dateien ändern, Nachrichten senden oder Geld ausgeben.</translation>
    </message>
    <message>
        <source>Never run tools</source>
        <translation>Tools nie ausführen</translation>
    </message>
    <message>
        <source>Models answer without tools, except where you allowed a tool explicitly.</source>
        <translation>Modelle antworten ohne Tools, außer wo Sie ein Tool ausdrücklich erlaubt haben.</translation>
    </message>
</context>
<context>
    <name>harness::gui::UndoBar</name>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Bring the conversation back</source>
        <translation>Die Unterhaltung zurückholen</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <extracomment>Shown under the conversation list after a delete, next to the Undo button.</extracomment>
        <translation>„%1“ gelöscht</translation>
    </message>
</context>
<context>
    <name>harness::gui::WelcomePage</name>
    <message>
        <source>Welcome to Harness Desktop</source>
        <translation>Willkommen bei Harness Desktop</translation>
    </message>
    <message>
        <source>Chat with AI agents that can use your tools. How would you like to start?</source>
        <translation>Chatten Sie mit KI-Agenten, die Ihre Tools verwenden können. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Sign in to Harness</source>
        <translation>Bei Harness anmelden</translation>
    </message>
    <message>
        <source>Your harnesses and conversations stay in sync with the Harness web app and your other computers. Sign-in happens in your web browser.</source>
        <translation>Ihre Harnesses und Unterhaltungen bleiben mit der Harness-Web-App und Ihren anderen Computern synchron. Die Anmeldung erfolgt in Ihrem Webbrowser.</translation>
    </message>
    <message>
        <source>Use without an account</source>
        <translation>Ohne Konto verwenden</translation>
    </message>
    <message>
        <source>Everything works and stays on this computer; nothing is synced. You can sign in later in Settings.</source>
        <translation>Alles funktioniert und bleibt auf diesem Computer; nichts wird synchronisiert. Sie können sich später in den Einstellungen anmelden.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Open the sign-in settings</source>
        <translation>Anmeldeeinstellungen öffnen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Harness Desktop: chat with LLM agents.</source>
        <translation>Harness Desktop: mit LLM-Agenten chatten.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Keep conversations in DIR (default: $HARNESS_DATA_DIR, else the folder chosen with Move data… in Settings, else the platform&apos;s data folder).</source>
        <translation>Unterhaltungen in DIR aufbewahren (Standard: $HARNESS_DATA_DIR, sonst der mit „Daten verschieben…“ in den Einstellungen gewählte Ordner, sonst der Datenordner der Plattform).</translation>
    </message>
</context>
</TS>
