<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountConfiguration</name>
    <message>
        <source>No sign-in service is configured. Enter its issuer URL under Settings &gt; Account &gt; Advanced.</source>
        <translation>Aucun service de connexion n’est configuré. Saisissez l’URL de son émetteur dans Paramètres &gt; Compte &gt; Avancé.</translation>
    </message>
    <message>
        <source>The issuer URL &quot;%1&quot; is not usable: it must start with https:// (http:// only for this computer, e.g. http://127.0.0.1:8080).</source>
        <translation>L’URL d’émetteur «&#xa0;%1&#xa0;» n’est pas utilisable&#xa0;: elle doit commencer par https:// (http:// seulement pour cet ordinateur, par ex. http://127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>The client id is empty. Enter the desktop app&apos;s client id under Settings &gt; Account &gt; Advanced.</source>
        <translation>L’identifiant client est vide. Saisissez l’identifiant client de l’application de bureau dans Paramètres &gt; Compte &gt; Avancé.</translation>
    </message>
    <message>
        <source>No sync service is configured. Enter the Convex deployment URL under Settings &gt; Account &gt; Advanced.</source>
        <translation>Aucun service de synchronisation n’est configuré. Saisissez l’URL du déploiement Convex dans Paramètres &gt; Compte &gt; Avancé.</translation>
    </message>
    <message>
        <source>The deployment URL &quot;%1&quot; is not usable: it must start with https:// (http:// only for this computer).</source>
        <translation>L’URL de déploiement «&#xa0;%1&#xa0;» n’est pas utilisable&#xa0;: elle doit commencer par https:// (http:// seulement pour cet ordinateur).</translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Sign-in timed out: the browser did not return to the app. Please try again.</source>
        <translation>Délai de connexion dépassé&#xa0;: le navigateur n’est pas revenu à l’application. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Access was denied in the browser. To sign in, start again and allow access.</source>
        <translation>L’accès a été refusé dans le navigateur. Pour vous connecter, recommencez et autorisez l’accès.</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in attempt, so it was rejected for your safety. Please start the sign-in again.</source>
        <translation>Le navigateur a renvoyé une réponse qui n’appartient pas à cette tentative de connexion&#xa0;; elle a été rejetée pour votre sécurité. Veuillez relancer la connexion.</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached. Check your internet connection and try again.</source>
        <translation>Le service de connexion est injoignable. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>The sign-in service answered with an error. Please try again later.</source>
        <translation>Le service de connexion a répondu par une erreur. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>The sign-in settings are incomplete or invalid (issuer URL or client id). Check them in Settings.</source>
        <translation>Les paramètres de connexion sont incomplets ou non valides (URL de l’émetteur ou identifiant client). Vérifiez-les dans les Paramètres.</translation>
    </message>
    <message>
        <source>The sign-in service identified itself as a different issuer than the one configured. Sign-in was stopped; check the issuer URL in Settings.</source>
        <translation>Le service de connexion s’est présenté comme un autre émetteur que celui configuré. La connexion a été arrêtée&#xa0;; vérifiez l’URL de l’émetteur dans les Paramètres.</translation>
    </message>
    <message>
        <source>The web browser could not be opened for sign-in. Set a default browser and try again.</source>
        <translation>Impossible d’ouvrir le navigateur web pour la connexion. Définissez un navigateur par défaut et réessayez.</translation>
    </message>
    <message>
        <source>The app could not prepare to receive the sign-in answer (no local port available). Please try again.</source>
        <translation>L’application n’a pas pu se préparer à recevoir la réponse de connexion (aucun port local disponible). Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The sign-in service returned an identity token that failed verification, so it was rejected. Please try again; if this keeps happening, contact support.</source>
        <translation>Le service de connexion a renvoyé un jeton d’identité dont la vérification a échoué&#xa0;; il a été rejeté. Veuillez réessayer&#xa0;; si le problème persiste, contactez l’assistance.</translation>
    </message>
    <message>
        <source>The identity token is outside its validity period. Check that your computer&apos;s clock is correct, then sign in again.</source>
        <translation>Le jeton d’identité est hors de sa période de validité. Vérifiez que l’horloge de votre ordinateur est à l’heure, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in or removed from the system keychain.</source>
        <translation>Votre connexion n’a pas pu être enregistrée dans le trousseau du système, ou en être supprimée.</translation>
    </message>
</context>
<context>
    <name>ChatError</name>
    <message>
        <source>The model provider</source>
        <translation>Le fournisseur du modèle</translation>
    </message>
    <message>
        <source>%1 rejected the API key. Fix the key in Settings.</source>
        <translation>%1 a refusé la clé API. Corrigez la clé dans les Paramètres.</translation>
    </message>
    <message>
        <source>Your %1 account is out of credits. Add credits or pick a cheaper model.</source>
        <translation>Votre compte %1 n’a plus de crédits. Ajoutez des crédits ou choisissez un modèle moins cher.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is rate limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 limite le débit des requêtes. Réessayez dans %n seconde.</numerusform>
            <numerusform>%1 limite le débit des requêtes. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is rate limiting requests. Wait a moment and try again.</source>
        <translation>%1 limite le débit des requêtes. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2). Try again later.</source>
        <translation>%1 a rencontré une erreur serveur (HTTP %2). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2). Check the model and its settings.</source>
        <translation>%1 a refusé la requête (HTTP %2). Vérifiez le modèle et ses paramètres.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your connection and the provider&apos;s base URL.</source>
        <translation>Impossible de joindre %1. Vérifiez votre connexion et l’URL de base du fournisseur.</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent nothing for %n second(s), so the answer was cut off. The partial answer was kept.</source>
        <translation>
            <numerusform>%1 n’a rien envoyé pendant %n seconde, la réponse a donc été interrompue. La partie déjà reçue a été conservée.</numerusform>
            <numerusform>%1 n’a rien envoyé pendant %n secondes, la réponse a donc été interrompue. La partie déjà reçue a été conservée.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reported an error while answering. The partial answer was kept.</source>
        <translation>%1 a signalé une erreur pendant la réponse. La partie déjà reçue a été conservée.</translation>
    </message>
    <message>
        <source>The connection to %1 dropped before the answer was complete. The partial answer was kept.</source>
        <translation>La connexion à %1 a été coupée avant la fin de la réponse. La partie déjà reçue a été conservée.</translation>
    </message>
    <message>
        <source>%1 sent a response that could not be read. The partial answer was kept.</source>
        <translation>%1 a envoyé une réponse illisible. La partie déjà reçue a été conservée.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>(%1 says: %2)</source>
        <translation>(%1 indique&#xa0;: %2)</translation>
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
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
</context>
<context>
    <name>HarnessDraft</name>
    <message>
        <source>Give the harness a name.</source>
        <translation>Donnez un nom au harness.</translation>
    </message>
    <message>
        <source>Choose a model, e.g. anthropic/claude-sonnet-4 or openai/gpt-4o.</source>
        <translation>Choisissez un modèle, par ex. anthropic/claude-sonnet-4 ou openai/gpt-4o.</translation>
    </message>
    <message>
        <source>A model id has no spaces, e.g. anthropic/claude-sonnet-4.</source>
        <translation>Un identifiant de modèle ne contient pas d’espaces, par ex. anthropic/claude-sonnet-4.</translation>
    </message>
</context>
<context>
    <name>JsonRpcSession</name>
    <message>
        <source>The server did not answer &quot;%1&quot; within %2 seconds.</source>
        <translation>Le serveur n’a pas répondu à «&#xa0;%1&#xa0;» dans les %2 secondes.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>LocalDataQuestion</name>
    <message numerus="yes">
        <source>This device holds %n item(s) (harnesses, conversations, messages, settings) of another Harness account.

Upload them to %1, keep them on this device only (never synced), or remove them from this device?</source>
        <translation>
            <numerusform>Cet appareil contient %n élément (harness, conversations, messages, paramètres) d’un autre compte Harness.

L’envoyer vers %1, le garder sur cet appareil uniquement (jamais synchronisé) ou le supprimer de cet appareil&#xa0;?</numerusform>
            <numerusform>Cet appareil contient %n éléments (harness, conversations, messages, paramètres) d’un autre compte Harness.

Les envoyer vers %1, les garder sur cet appareil uniquement (jamais synchronisés) ou les supprimer de cet appareil&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This device holds %n item(s) (harnesses, conversations, messages, settings) created without an account.

Upload them to %1 so they appear on the web and your other devices, keep them on this device only (never synced), or remove them from this device?</source>
        <translation>
            <numerusform>Cet appareil contient %n élément (harness, conversations, messages, paramètres) créé sans compte.

L’envoyer vers %1 pour qu’il apparaisse sur le web et sur vos autres appareils, le garder sur cet appareil uniquement (jamais synchronisé) ou le supprimer de cet appareil&#xa0;?</numerusform>
            <numerusform>Cet appareil contient %n éléments (harness, conversations, messages, paramètres) créés sans compte.

Les envoyer vers %1 pour qu’ils apparaissent sur le web et sur vos autres appareils, les garder sur cet appareil uniquement (jamais synchronisés) ou les supprimer de cet appareil&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Data on this device</source>
        <translation>Données sur cet appareil</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Keep on this device only</source>
        <translation>Garder sur cet appareil uniquement</translation>
    </message>
    <message>
        <source>Remove from this device</source>
        <translation>Supprimer de cet appareil</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
</context>
<context>
    <name>McpServerCatalog</name>
    <message>
        <source>%1 needs a value for &quot;%2&quot;.</source>
        <translation>%1 a besoin d’une valeur pour «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>McpServerConfig</name>
    <message>
        <source>The MCP server has no name. Give it a name.</source>
        <translation>Le serveur MCP n’a pas de nom. Donnez-lui un nom.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; has no command. Enter the program to start, for example &quot;npx&quot;.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» n’a pas de commande. Saisissez le programme à lancer, par exemple «&#xa0;npx&#xa0;».</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; has no valid URL. Enter an address such as https://example.com/mcp.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» n’a pas d’URL valide. Saisissez une adresse comme https://example.com/mcp.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; uses the URL scheme &quot;%2&quot;; only http and https are supported.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» utilise le schéma d’URL «&#xa0;%2&#xa0;»&#xa0;; seuls http et https sont pris en charge.</translation>
    </message>
</context>
<context>
    <name>McpServerProbe</name>
    <message>
        <source>Install Node.js (https://nodejs.org), which provides npx, then test again.</source>
        <translation>Installez Node.js (https://nodejs.org), qui fournit npx, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>Install uv (https://docs.astral.sh/uv/), which provides uvx, then test again.</source>
        <translation>Installez uv (https://docs.astral.sh/uv/), qui fournit uvx, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>Install Docker (https://docs.docker.com/get-docker/), then test again.</source>
        <translation>Installez Docker (https://docs.docker.com/get-docker/), puis testez à nouveau.</translation>
    </message>
    <message>
        <source>Install it, or enter the full path of the program.</source>
        <translation>Installez-le, ou saisissez le chemin complet du programme.</translation>
    </message>
    <message numerus="yes">
        <source>MCP server &quot;%1&quot; did not answer within %n second(s). Check that the command or URL is right; a server fetched by npx or uvx may need longer the first time.</source>
        <translation>
            <numerusform>Le serveur MCP «&#xa0;%1&#xa0;» n’a pas répondu dans la %n seconde. Vérifiez la commande ou l’URL&#xa0;; un serveur récupéré par npx ou uvx peut demander plus de temps la première fois.</numerusform>
            <numerusform>Le serveur MCP «&#xa0;%1&#xa0;» n’a pas répondu dans les %n secondes. Vérifiez la commande ou l’URL&#xa0;; un serveur récupéré par npx ou uvx peut demander plus de temps la première fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; did not answer in time. Check that the command or URL is right.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» n’a pas répondu à temps. Vérifiez la commande ou l’URL.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; of MCP server &quot;%2&quot; was not found. %3</source>
        <translation>La commande «&#xa0;%1&#xa0;» du serveur MCP «&#xa0;%2&#xa0;» est introuvable. %3</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
</context>
<context>
    <name>McpToolCall</name>
    <message>
        <source>The user stopped the tool call.</source>
        <translation>L’utilisateur a arrêté l’appel d’outil.</translation>
    </message>
</context>
<context>
    <name>ModelStep</name>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
</context>
<context>
    <name>harness::cli</name>
    <message>
        <source>no harness named &quot;%1&quot;. `harness-cli harnesses list` shows them.</source>
        <translation>aucun harness nommé «&#xa0;%1&#xa0;». `harness-cli harnesses list` les affiche.</translation>
    </message>
    <message>
        <source>no harness yet: create one in the Harness Desktop app, or pass --model ID (e.g. --model openai/gpt-4o).</source>
        <translation>aucun harness pour l’instant&#xa0;: créez-en un dans l’application Harness Desktop, ou passez --model ID (par ex. --model openai/gpt-4o).</translation>
    </message>
    <message>
        <source>Ask a harness; the answer streams to stdout and is saved.</source>
        <translation>Interroger un harness&#xa0;; la réponse s’affiche au fil de l’eau sur stdout et est enregistrée.</translation>
    </message>
    <message>
        <source>Harness to use.</source>
        <translation>Harness à utiliser.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Model id (overrides the harness&apos;s).</source>
        <translation>Identifiant du modèle (remplace celui du harness).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Continue this conversation (id or unique prefix).</source>
        <translation>Poursuivre cette conversation (identifiant ou préfixe unique).</translation>
    </message>
    <message>
        <source>Answer the conversation again as it stands (after a failed or interrupted answer); needs --conversation and no prompt.</source>
        <translation>Répondre à nouveau à la conversation telle quelle (après une réponse échouée ou interrompue)&#xa0;; nécessite --conversation et aucun prompt.</translation>
    </message>
    <message>
        <source>Give up when the stream is silent this long (seconds, default 60).</source>
        <translation>Abandonner quand le flux reste muet aussi longtemps (secondes, 60 par défaut).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The message, or - to read it from stdin.</source>
        <translation>Le message, ou - pour le lire depuis stdin.</translation>
    </message>
    <message>
        <source>cannot read the prompt from stdin.</source>
        <translation>impossible de lire le prompt depuis stdin.</translation>
    </message>
    <message>
        <source>--retry answers an existing conversation: give --conversation ID and no prompt.</source>
        <translation>--retry répond à une conversation existante&#xa0;: indiquez --conversation ID et aucun prompt.</translation>
    </message>
    <message>
        <source>give a prompt, e.g. harness-cli chat &quot;Hello&quot;, or - to read stdin.</source>
        <translation>indiquez un prompt, par ex. harness-cli chat &quot;Bonjour&quot;, ou - pour lire stdin.</translation>
    </message>
    <message>
        <source>--stall-timeout needs a positive number of seconds.</source>
        <translation>--stall-timeout attend un nombre de secondes positif.</translation>
    </message>
    <message>
        <source>no conversation with id &quot;%1&quot;.</source>
        <translation>aucune conversation avec l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>[tools unavailable] %1</source>
        <translation>[outils indisponibles] %1</translation>
    </message>
    <message>
        <source>stopped; the partial answer is saved.</source>
        <translation>arrêté&#xa0;; la partie déjà reçue de la réponse est enregistrée.</translation>
    </message>
    <message>
        <source>(conversation %1)</source>
        <translation>(conversation %1)</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Utilisation&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>List conversations, pinned first, then newest first.</source>
        <translation>Lister les conversations, épinglées d’abord, puis les plus récentes.</translation>
    </message>
    <message>
        <source>Show at most N (default 50).</source>
        <translation>Afficher au plus N (50 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Include archived conversations.</source>
        <translation>Inclure les conversations archivées.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit attend un nombre positif.</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Aucune conversation pour l’instant.</translation>
    </message>
    <message>
        <source>ID        LAST MESSAGE      TITLE</source>
        <translation>ID        DERNIER MESSAGE   TITRE</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>[pinned] %1</source>
        <translation>[épinglée] %1</translation>
    </message>
    <message>
        <source>Print one conversation with all its messages (ID may be a unique prefix).</source>
        <translation>Afficher une conversation avec tous ses messages (ID peut être un préfixe unique).</translation>
    </message>
    <message>
        <source>Conversation id or a unique prefix of it.</source>
        <translation>Identifiant de la conversation ou préfixe unique de celui-ci.</translation>
    </message>
    <message>
        <source>Usage: harness-cli conversations show ID [--json]</source>
        <translation>Utilisation&#xa0;: harness-cli conversations show ID [--json]</translation>
    </message>
    <message>
        <source>no conversation with id &quot;%1&quot;. `harness-cli conversations list` shows the ids.</source>
        <translation>aucune conversation avec l’identifiant «&#xa0;%1&#xa0;». `harness-cli conversations list` affiche les identifiants.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one conversation; type more of the id.</source>
        <translation>«&#xa0;%1&#xa0;» correspond à plusieurs conversations&#xa0;; saisissez une plus grande partie de l’identifiant.</translation>
    </message>
    <message numerus="yes">
        <source>id %1 · %n message(s)</source>
        <translation>
            <numerusform>id %1 · %n message</numerusform>
            <numerusform>id %1 · %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>List harnesses (model, status, MCP servers), most recently used first.</source>
        <translation>Lister les harness (modèle, état, serveurs MCP), les plus récemment utilisés d’abord.</translation>
    </message>
    <message>
        <source>No harnesses yet. Create one in the Harness Desktop app.</source>
        <translation>Aucun harness pour l’instant. Créez-en un dans l’application Harness Desktop.</translation>
    </message>
    <message>
        <source>NAME                  STATUS   SERVERS  MODEL</source>
        <translation>NOM                   ÉTAT     SERV.    MODÈLE</translation>
    </message>
    <message>
        <source>Usage: harness-cli [--data-dir DIR] &lt;command&gt; [arguments]

Reads and drives the same local store as the Harness Desktop app.

Commands:
</source>
        <translation>Utilisation&#xa0;: harness-cli [--data-dir DIR] &lt;commande&gt; [arguments]

Lit et pilote le même stockage local que l’application Harness Desktop.

Commandes&#xa0;:
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
Options&#xa0;:
  --data-dir DIR   utiliser le stockage dans DIR (par défaut&#xa0;: $HARNESS_DATA_DIR, sinon %1)
  -h, --help       afficher cette aide&#xa0;; `&lt;commande&gt; --help` affiche les options d’une commande
  -v, --version    afficher la version

Codes de sortie&#xa0;: 0 succès, 1 échec, 2 arguments incorrects, 3 introuvable, 4 base de données inutilisable (endommagée, verrouillée ou plus récente).
</translation>
    </message>
    <message>
        <source>Data directory.</source>
        <translation>Dossier de données.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Afficher l’aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Run harness-cli --help for the list.</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;». Lancez harness-cli --help pour la liste.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>skipped &quot;%1&quot;: %2</source>
        <translation>«&#xa0;%1&#xa0;» ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Start the MCP servers and list their tools (a broken server is reported, the others still listed).</source>
        <translation>Démarrer les serveurs MCP et lister leurs outils (un serveur défaillant est signalé, les autres sont tout de même listés).</translation>
    </message>
    <message>
        <source>An mcpServers JSON file (Claude Desktop, Cursor) instead of the saved servers.</source>
        <translation>Un fichier JSON mcpServers (Claude Desktop, Cursor) au lieu des serveurs enregistrés.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>no MCP servers configured. Import some with harness-cli mcp import FILE.</source>
        <translation>aucun serveur MCP configuré. Importez-en avec harness-cli mcp import FILE.</translation>
    </message>
    <message>
        <source>Call one MCP tool and print what the model would get.</source>
        <translation>Appeler un outil MCP et afficher ce que le modèle recevrait.</translation>
    </message>
    <message>
        <source>An mcpServers JSON file.</source>
        <translation>Un fichier JSON mcpServers.</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp call SERVER TOOL [JSON]</source>
        <translation>Utilisation&#xa0;: harness-cli mcp call SERVER TOOL [JSON]</translation>
    </message>
    <message>
        <source>the arguments must be a JSON object: %1</source>
        <translation>les arguments doivent être un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>no MCP server named &quot;%1&quot;.</source>
        <translation>aucun serveur MCP nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>progress %1%2 %3</source>
        <translation>progression %1%2 %3</translation>
    </message>
    <message>
        <source>Save the servers of an mcpServers JSON file (tokens go to the keychain).</source>
        <translation>Enregistrer les serveurs d’un fichier JSON mcpServers (les jetons vont dans le trousseau).</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp import FILE</source>
        <translation>Utilisation&#xa0;: harness-cli mcp import FILE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved, but its token is not: %2</source>
        <translation>«&#xa0;%1&#xa0;» est enregistré, mais pas son jeton&#xa0;: %2</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>The client the official MCP conformance suite runs (scenario from $MCP_CONFORMANCE_SCENARIO).</source>
        <translation>Le client qu’exécute la suite officielle de conformité MCP (scénario tiré de $MCP_CONFORMANCE_SCENARIO).</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp conformance URL</source>
        <translation>Utilisation&#xa0;: harness-cli mcp conformance URL</translation>
    </message>
    <message>
        <source>List the provider&apos;s models (cached; --refresh fetches them again).</source>
        <translation>Lister les modèles du fournisseur (en cache&#xa0;; --refresh les récupère à nouveau).</translation>
    </message>
    <message>
        <source>Fetch the list from the provider.</source>
        <translation>Récupérer la liste auprès du fournisseur.</translation>
    </message>
    <message>
        <source>Only models whose id or name contains TEXT.</source>
        <translation>Seulement les modèles dont l’identifiant ou le nom contient TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>warning: the model list could not be cached: %1</source>
        <translation>avertissement&#xa0;: la liste des modèles n’a pas pu être mise en cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>MODEL                                        CONTEXT   IN/1M    OUT/1M   TOOLS</source>
        <translation>MODÈLE                                       CONTEXTE  ENTR/1M  SORT/1M  OUTILS</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>No models.</source>
        <translation>Aucun modèle.</translation>
    </message>
    <message>
        <source>OpenAI-compatible endpoint, e.g. http://localhost:11434/v1.</source>
        <translation>Point de terminaison compatible OpenAI, par ex. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the API key from this environment variable.</source>
        <translation>Lire la clé API depuis cette variable d’environnement.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>--base-url must be an http(s) URL, e.g. http://localhost:11434/v1.</source>
        <translation>--base-url doit être une URL http(s), par ex. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set or empty.</source>
        <translation>la variable d’environnement %1 n’est pas définie ou est vide.</translation>
    </message>
    <message>
        <source>Full-text search over conversation titles and messages.</source>
        <translation>Recherche en texte intégral dans les titres et les messages des conversations.</translation>
    </message>
    <message>
        <source>Show at most N message hits (default 20).</source>
        <translation>Afficher au plus N messages trouvés (20 par défaut).</translation>
    </message>
    <message>
        <source>Words to find; the last may be a prefix.</source>
        <translation>Mots à rechercher&#xa0;; le dernier peut être un début de mot.</translation>
    </message>
    <message>
        <source>give some words to search for, e.g. harness-cli search &quot;rust lifetimes&quot;</source>
        <translation>indiquez des mots à rechercher, par ex. harness-cli search &quot;rust lifetimes&quot;</translation>
    </message>
    <message>
        <source>No matches for &quot;%1&quot;.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Allow every tool call without asking (tools whose stored policy is &quot;never&quot; stay denied).</source>
        <translation>Autoriser chaque appel d’outil sans demander (les outils dont la règle enregistrée est «&#xa0;never&#xa0;» restent refusés).</translation>
    </message>
    <message>
        <source>Write the saved servers as an mcpServers JSON file (never their tokens).</source>
        <translation>Écrire les serveurs enregistrés dans un fichier JSON mcpServers (jamais leurs jetons).</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>Écrire dans FILE au lieu de stdout.</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp export [--output FILE]</source>
        <translation>Utilisation&#xa0;: harness-cli mcp export [--output FILE]</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: its access token is not exported (it stays in the keychain); enter it again after importing.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: son jeton d’accès n’est pas exporté (il reste dans le trousseau)&#xa0;; saisissez-le à nouveau après l’import.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: its OAuth sign-in is not exported; you sign in again after importing.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: sa connexion OAuth n’est pas exportée&#xa0;; vous vous reconnecterez après l’import.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>exported %n server(s) to %1</source>
        <translation>
            <numerusform>%n serveur exporté vers %1</numerusform>
            <numerusform>%n serveurs exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only for this harness (name or id).</source>
        <translation>Seulement pour ce harness (nom ou identifiant).</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Only for this MCP server (name or id).</source>
        <translation>Seulement pour ce serveur MCP (nom ou identifiant).</translation>
    </message>
    <message>
        <source>Only for this tool of the server (needs --server).</source>
        <translation>Seulement pour cet outil du serveur (nécessite --server).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>no saved MCP server named &quot;%1&quot;. `harness-cli mcp tools` lists them.</source>
        <translation>aucun serveur MCP enregistré nommé «&#xa0;%1&#xa0;». `harness-cli mcp tools` les liste.</translation>
    </message>
    <message>
        <source>--tool needs --server: a tool name means something only on its server.</source>
        <translation>--tool nécessite --server&#xa0;: un nom d’outil n’a de sens que sur son serveur.</translation>
    </message>
    <message>
        <source>List the stored tool approval rules (the most specific rule wins).</source>
        <translation>Lister les règles d’autorisation des outils enregistrées (la règle la plus précise l’emporte).</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <source>(deleted harness %1)</source>
        <translation>(harness supprimé %1)</translation>
    </message>
    <message>
        <source>(deleted server %1)</source>
        <translation>(serveur supprimé %1)</translation>
    </message>
    <message>
        <source>No tool policies: read-only tools run, every other tool is asked about.</source>
        <translation>Aucune règle d’outil&#xa0;: les outils en lecture seule s’exécutent, tous les autres font l’objet d’une question.</translation>
    </message>
    <message>
        <source>HARNESS</source>
        <translation>HARNESS</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVEUR</translation>
    </message>
    <message>
        <source>TOOL</source>
        <translation>OUTIL</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>Store whether tools run without asking (always), are asked about (ask) or never run; without options for every tool.</source>
        <translation>Enregistrer si les outils s’exécutent sans demander (always), font l’objet d’une question (ask) ou ne s’exécutent jamais (never)&#xa0;; sans option, pour tous les outils.</translation>
    </message>
    <message>
        <source>ask, always or never.</source>
        <translation>ask, always ou never.</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp policy set [--harness H] [--server S] [--tool T] ask|always|never</source>
        <translation>Utilisation&#xa0;: harness-cli mcp policy set [--harness H] [--server S] [--tool T] ask|always|never</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>%1 défini</translation>
    </message>
    <message>
        <source>Remove the tool approval rule of exactly this scope.</source>
        <translation>Supprimer la règle d’autorisation de cette portée exacte.</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp policy unset [--harness H] [--server S] [--tool T]</source>
        <translation>Utilisation&#xa0;: harness-cli mcp policy unset [--harness H] [--server S] [--tool T]</translation>
    </message>
    <message>
        <source>no tool policy with exactly this scope; `harness-cli mcp policy list` shows them.</source>
        <translation>aucune règle d’outil avec exactement cette portée&#xa0;; `harness-cli mcp policy list` les affiche.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>An MCP server asks you to sign in. Open this address in a browser on this computer:
  %1
</source>
        <translation>Un serveur MCP vous demande de vous connecter. Ouvrez cette adresse dans un navigateur sur cet ordinateur&#xa0;:
  %1
</translation>
    </message>
    <message>
        <source>Export one conversation as Markdown or JSON (to stdout or a file).</source>
        <translation>Exporter une conversation en Markdown ou en JSON (sur stdout ou dans un fichier).</translation>
    </message>
    <message>
        <source>md (default) or json.</source>
        <translation>md (par défaut) ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Usage: harness-cli conversations export ID [--format md|json] [--output FILE]</source>
        <translation>Utilisation&#xa0;: harness-cli conversations export ID [--format md|json] [--output FILE]</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use --format md or --format json.</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez --format md ou --format json.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>not signed in: this data directory uses no Harness account (sign in in the app)</source>
        <translation>non connecté : ce dossier de données n’utilise aucun compte Harness (connectez-vous dans l’application)</translation>
    </message>
    <message>
        <source>signing in took too long (the keychain or %1 did not answer)</source>
        <translation>la connexion a pris trop de temps (le trousseau ou %1 n’a pas répondu)</translation>
    </message>
    <message>
        <source>not signed in: sign in again in the app</source>
        <translation>non connecté : reconnectez-vous dans l’application</translation>
    </message>
    <message>
        <source>the sign-in expired and could not be renewed: sign in again in the app</source>
        <translation>la connexion a expiré et n’a pas pu être renouvelée : reconnectez-vous dans l’application</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Show the signed-in account, its deployment, changes waiting to sync, the last sync and whether live updates answer.</source>
        <translation>Affiche le compte connecté, son déploiement, les modifications en attente de synchronisation, la dernière synchronisation et si les mises à jour en direct répondent.</translation>
    </message>
    <message>
        <source>Wait at most SECONDS for the account (default 20).</source>
        <translation>Attendre le compte au plus SECONDES (20 par défaut).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>pas de réponse de %1</translation>
    </message>
    <message>
        <source>Account:     %1</source>
        <translation>Compte :     %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>Deployment:  %1</source>
        <translation>Déploiement : %1</translation>
    </message>
    <message numerus="yes">
        <source>Pending:     %n change(s) not synced yet</source>
        <translation>
            <numerusform>En attente : %n modification pas encore synchronisée</numerusform>
            <numerusform>En attente : %n modifications pas encore synchronisées</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync:   %1</source>
        <translation>Dernière :   %1</translation>
    </message>
    <message>
        <source>Live:        %1</source>
        <translation>En direct :  %1</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>non (%1)</translation>
    </message>
    <message>
        <source>Push local changes to the account and pull its changes, once.</source>
        <translation>Envoie les modifications locales au compte et récupère les siennes, une fois.</translation>
    </message>
    <message>
        <source>Give up after SECONDS (default 300).</source>
        <translation>Abandonner après SECONDES (300 par défaut).</translation>
    </message>
    <message numerus="yes">
        <source>sync took longer than %n second(s)</source>
        <translation>
            <numerusform>la synchronisation a duré plus de %n seconde</numerusform>
            <numerusform>la synchronisation a duré plus de %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s), harness(es) or message(s) on this computer are not in the account yet: open the app and choose whether to upload them</source>
        <translation>
            <numerusform>%n conversation, harness ou message de cet ordinateur n’est pas encore dans le compte : ouvrez l’application et choisissez s’il faut l’envoyer</numerusform>
            <numerusform>%n conversations, harnesses ou messages de cet ordinateur ne sont pas encore dans le compte : ouvrez l’application et choisissez s’il faut les envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>the deployment refuses the sign-in: sign in again in the app</source>
        <translation>le déploiement refuse la connexion : reconnectez-vous dans l’application</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 est injoignable : %2</translation>
    </message>
    <message>
        <source>Synced with %1.</source>
        <translation>Synchronisé avec %1.</translation>
    </message>
</context>
<context>
    <name>harness::cli::TerminalApprovalPolicy</name>
    <message>
        <source>The user denied this call of &quot;%1&quot;.</source>
        <translation>L’utilisateur a refusé cet appel de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; needs approval, and stdin is not a terminal to ask on. Pass --yes to allow tools, or allow this one with `%2`.</source>
        <translation>L’outil «&#xa0;%1&#xa0;» doit être autorisé, mais stdin n’est pas un terminal où poser la question. Passez --yes pour autoriser les outils, ou autorisez celui-ci avec `%2`.</translation>
    </message>
    <message>
        <source>Tool call: %1 (server &quot;%2&quot;, tool &quot;%3&quot;)</source>
        <translation>Appel d’outil&#xa0;: %1 (serveur «&#xa0;%2&#xa0;», outil «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>destructive: may delete or overwrite data</source>
        <translation>destructif&#xa0;: peut supprimer ou écraser des données</translation>
    </message>
    <message>
        <source>may change things</source>
        <translation>peut modifier des choses</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>Allow? [y] once / [s] this session / [a] always / [n] deny: </source>
        <extracomment>y, s, a and n are the keys the user types; keep them untranslated</extracomment>
        <translation>Autoriser&#xa0;? [y] une fois / [s] pour cette session / [a] toujours / [n] refuser&#xa0;: </translation>
    </message>
    <message>
        <source>(This server is not saved, so the answer holds for this run only.)
</source>
        <translation>(Ce serveur n’est pas enregistré, la réponse ne vaut donc que pour cette exécution.)
</translation>
    </message>
</context>
<context>
    <name>harness::cli::TerminalElicitationHandler</name>
    <message>
        <source>yes/no</source>
        <translation>oui/non</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>number or name of a choice</source>
        <translation>numéro ou nom d’un choix</translation>
    </message>
    <message>
        <source>choices separated by commas</source>
        <translation>choix séparés par des virgules</translation>
    </message>
    <message>
        <source>harness-cli: MCP server &quot;%1&quot; asked for input (&quot;%2&quot;); declined because stdin is not a terminal.
</source>
        <translation>harness-cli&#xa0;: le serveur MCP «&#xa0;%1&#xa0;» a demandé une saisie («&#xa0;%2&#xa0;»)&#xa0;; refusé car stdin n’est pas un terminal.
</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; asks:</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» demande&#xa0;:</translation>
    </message>
    <message>
        <source>(Enter keeps the [default]; &quot;-&quot; leaves an optional field empty; Ctrl-D cancels.)</source>
        <translation>(Entrée garde la [valeur par défaut]&#xa0;; «&#xa0;-&#xa0;» laisse vide un champ facultatif&#xa0;; Ctrl-D annule.)</translation>
    </message>
    <message>
        <source>(These fields cannot be filled in here: %1)</source>
        <translation>(Ces champs ne peuvent pas être remplis ici&#xa0;: %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>«&#xa0;%1&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <source>Send? [a] accept / [d] decline / [c] cancel: </source>
        <extracomment>a, d and c are the keys the user types; keep them untranslated</extracomment>
        <translation>Envoyer&#xa0;? [a] accepter / [d] refuser / [c] annuler&#xa0;: </translation>
    </message>
</context>
<context>
    <name>harness::core::AccountService</name>
    <message>
        <source>Sign out before changing where the account signs in and syncs.</source>
        <translation>Déconnectez-vous avant de changer l’endroit où le compte se connecte et se synchronise.</translation>
    </message>
    <message>
        <source>No web browser is available to sign in.</source>
        <translation>Aucun navigateur web n’est disponible pour se connecter.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>No account chosen yet</source>
        <translation>Aucun compte choisi pour l’instant</translation>
    </message>
    <message>
        <source>Local profile: not syncing</source>
        <translation>Profil local&#xa0;: pas de synchronisation</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Signed out: %1</source>
        <translation>Déconnecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed out: sign in to sync again</source>
        <translation>Déconnecté&#xa0;: connectez-vous pour reprendre la synchronisation</translation>
    </message>
</context>
<context>
    <name>harness::core::AgentRun</name>
    <message>
        <source>No model provider is set up.</source>
        <translation>Aucun fournisseur de modèles n’est configuré.</translation>
    </message>
    <message>
        <source>The answer was cut off at the model&apos;s output limit.</source>
        <translation>La réponse a été coupée à la limite de sortie du modèle.</translation>
    </message>
    <message>
        <source>Error: there is no tool named &quot;%1&quot;. Available tools: %2.</source>
        <translation>Erreur&#xa0;: aucun outil nommé «&#xa0;%1&#xa0;». Outils disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Error: the arguments for tool &quot;%1&quot; were not valid JSON, so the tool was not called. Received: %2. Send a single JSON object that matches the tool&apos;s input schema.</source>
        <translation>Erreur&#xa0;: les arguments de l’outil «&#xa0;%1&#xa0;» n’étaient pas du JSON valide, l’outil n’a donc pas été appelé. Reçu&#xa0;: %2. Envoyez un seul objet JSON conforme au schéma d’entrée de l’outil.</translation>
    </message>
    <message>
        <source>Error: the tool could not be started.</source>
        <translation>Erreur&#xa0;: l’outil n’a pas pu être démarré.</translation>
    </message>
    <message>
        <source>The user did not allow the tool &quot;%1&quot; to run.</source>
        <translation>L’utilisateur n’a pas autorisé l’exécution de l’outil «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n round(s) of tool calls: the harness allows at most that many per answer. Raise the limit in the harness settings, or ask the model to continue.</source>
        <translation>
            <numerusform>Arrêté après %n tour d’appels d’outils&#xa0;: le harness n’en autorise pas plus par réponse. Augmentez la limite dans les paramètres du harness, ou demandez au modèle de continuer.</numerusform>
            <numerusform>Arrêté après %n tours d’appels d’outils&#xa0;: le harness n’en autorise pas plus par réponse. Augmentez la limite dans les paramètres du harness, ou demandez au modèle de continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user stopped the answer before this tool call finished.</source>
        <translation>L’utilisateur a arrêté la réponse avant la fin de cet appel d’outil.</translation>
    </message>
</context>
<context>
    <name>harness::core::ChatService</name>
    <message>
        <source>The harness &quot;%1&quot; has no model. Choose one in the harness settings, then try again.</source>
        <translation>Le harness «&#xa0;%1&#xa0;» n’a pas de modèle. Choisissez-en un dans les paramètres du harness, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>harness::core::ChatStream</name>
    <message>
        <source>unreadable chunk: %1</source>
        <translation>fragment illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>unexpected body: %1</source>
        <translation>contenu inattendu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>harness::core::ConversationExport</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>Appel d’outil</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erreur&#xa0;:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[image&#xa0;: %1]</translation>
    </message>
    <message>
        <source>Resource: &lt;%1&gt;</source>
        <translation>Ressource&#xa0;: &lt;%1&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 en entrée, %2 en sortie</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversation sans titre</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
</context>
<context>
    <name>harness::core::ConversationListModel</name>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>%1, answering</source>
        <extracomment>Screen reader text of a sidebar row whose answer is streaming; %1 is the title.</extracomment>
        <translation>%1, réponse en cours</translation>
    </message>
    <message>
        <source>%1, unread</source>
        <extracomment>Screen reader text of a sidebar row with an answer not seen yet; %1 is the title.</extracomment>
        <translation>%1, non lue</translation>
    </message>
</context>
<context>
    <name>harness::core::DataMover</name>
    <message>
        <source>There is not enough free space there: the data needs %1 MB and %2 MB are free. Free some space or choose a folder on another disk.</source>
        <extracomment>%1 and %2 are sizes in megabytes</extracomment>
        <translation>Il n’y a pas assez d’espace libre à cet endroit : les données demandent %1 Mo et %2 Mo sont libres. Libérez de l’espace ou choisissez un dossier sur un autre disque.</translation>
    </message>
    <message>
        <source>Choose a folder with its full path.</source>
        <translation>Choisissez un dossier avec son chemin complet.</translation>
    </message>
    <message>
        <source>The data is already in %1.</source>
        <translation>Les données sont déjà dans %1.</translation>
    </message>
    <message>
        <source>Choose a folder outside the current data folder %1.</source>
        <translation>Choisissez un dossier en dehors du dossier de données actuel %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose an empty folder or a new one.</source>
        <translation>%1 est un fichier, pas un dossier. Choisissez un dossier vide ou un nouveau dossier.</translation>
    </message>
    <message>
        <source>%1 is not empty. Choose an empty folder or a new one, so nothing there is mixed with your data.</source>
        <translation>%1 n’est pas vide. Choisissez un dossier vide ou un nouveau dossier, pour que rien ne se mélange à vos données.</translation>
    </message>
    <message>
        <source>The copy could not be opened (%1).</source>
        <translation>La copie n’a pas pu être ouverte (%1).</translation>
    </message>
    <message>
        <source>no tables</source>
        <translation>aucune table</translation>
    </message>
    <message>
        <source>The copy does not match: table %1 has %2 rows here but %3 in the copy.</source>
        <extracomment>%1 is a table name, %2 and %3 row counts</extracomment>
        <translation>La copie ne correspond pas : la table %1 a %2 lignes ici mais %3 dans la copie.</translation>
    </message>
    <message>
        <source>The copy does not match: it has %1 tables instead of %2.</source>
        <translation>La copie ne correspond pas : elle a %1 tables au lieu de %2.</translation>
    </message>
    <message>
        <source>Could not create %1. Check that you may write there, or choose another folder.</source>
        <translation>Impossible de créer %1. Vérifiez que vous pouvez y écrire, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Nothing was moved; your data stays in %1.</source>
        <translation>Rien n’a été déplacé ; vos données restent dans %1.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2). Choose a folder you may write to.</source>
        <translation>Impossible d’écrire dans %1 (%2). Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The disk is full: %1.</source>
        <translation>Le disque est plein : %1.</translation>
    </message>
    <message>
        <source>Copying the database failed: %1.</source>
        <translation>La copie de la base de données a échoué : %1.</translation>
    </message>
    <message>
        <source>Could not read the current database to check the copy: %1.</source>
        <translation>Impossible de lire la base de données actuelle pour vérifier la copie : %1.</translation>
    </message>
    <message>
        <source>Could not copy %1: %2.</source>
        <translation>Impossible de copier %1 : %2.</translation>
    </message>
    <message>
        <source>The copy of %1 is incomplete (is the disk full?).</source>
        <translation>La copie de %1 est incomplète (le disque est-il plein ?).</translation>
    </message>
    <message>
        <source>Could not name the copy %1.</source>
        <translation>Impossible de nommer la copie %1.</translation>
    </message>
    <message>
        <source>Could not record the new folder in %1: %2.</source>
        <translation>Impossible d’enregistrer le nouveau dossier dans %1 : %2.</translation>
    </message>
</context>
<context>
    <name>harness::core::DataPortability</name>
    <message>
        <source>The file is not valid JSON (%1 at byte %2). Nothing was imported.</source>
        <translation>Le fichier n’est pas du JSON valide (%1 à l’octet %2). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This is not a Harness Desktop export file. Nothing was imported.</source>
        <translation>Ce n’est pas un fichier d’export de Harness Desktop. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This export was made by a newer Harness Desktop. Update the app, then import it again. Nothing was imported.</source>
        <translation>Cet export provient d’une version plus récente de Harness Desktop. Mettez l’application à jour, puis importez-le à nouveau. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; was skipped: %2</source>
        <translation>Fournisseur «&#xa0;%1&#xa0;» ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; was skipped: %2</source>
        <translation>Serveur MCP «&#xa0;%1&#xa0;» ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; was not updated: %2</source>
        <translation>Serveur MCP «&#xa0;%1&#xa0;» non mis à jour&#xa0;: %2</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; was skipped: %2</source>
        <translation>Harness «&#xa0;%1&#xa0;» ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>A message of &quot;%1&quot; was skipped: its id belongs to another conversation here.</source>
        <translation>Un message de «&#xa0;%1&#xa0;» a été ignoré&#xa0;: son identifiant appartient ici à une autre conversation.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>L’import a échoué et rien n’a été modifié&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n harness(es).</source>
        <translation>
            <numerusform>%n harness ajouté.</numerusform>
            <numerusform>%n harness ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n harness(es).</source>
        <translation>
            <numerusform>%n harness mis à jour.</numerusform>
            <numerusform>%n harness mis à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n MCP server(s).</source>
        <translation>
            <numerusform>%n serveur MCP ajouté.</numerusform>
            <numerusform>%n serveurs MCP ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n MCP server(s).</source>
        <translation>
            <numerusform>%n serveur MCP mis à jour.</numerusform>
            <numerusform>%n serveurs MCP mis à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n provider(s) (their keys are not part of an export).</source>
        <translation>
            <numerusform>%n fournisseur ajouté (les clés ne font pas partie d’un export).</numerusform>
            <numerusform>%n fournisseurs ajoutés (les clés ne font pas partie d’un export).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n provider(s).</source>
        <translation>
            <numerusform>%n fournisseur mis à jour.</numerusform>
            <numerusform>%n fournisseurs mis à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n conversation(s).</source>
        <translation>
            <numerusform>%n conversation ajoutée.</numerusform>
            <numerusform>%n conversations ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n conversation(s).</source>
        <translation>
            <numerusform>%n conversation mise à jour.</numerusform>
            <numerusform>%n conversations mises à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n message(s).</source>
        <translation>
            <numerusform>%n message ajouté.</numerusform>
            <numerusform>%n messages ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n message(s).</source>
        <translation>
            <numerusform>%n message mis à jour.</numerusform>
            <numerusform>%n messages mis à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were already here and were left as they are.</source>
        <translation>
            <numerusform>%n élément était déjà présent et a été laissé tel quel.</numerusform>
            <numerusform>%n éléments étaient déjà présents et ont été laissés tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings were taken from the file.</source>
        <translation>Les paramètres ont été repris du fichier.</translation>
    </message>
    <message>
        <source>The file held nothing new.</source>
        <translation>Le fichier ne contenait rien de nouveau.</translation>
    </message>
</context>
<context>
    <name>harness::core::DayGroup</name>
    <message>
        <source>Pinned</source>
        <translation>Épinglées</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Previous 7 Days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Plus anciennes</translation>
    </message>
</context>
<context>
    <name>harness::core::GuardedSecretStore</name>
    <message>
        <source>No system keychain is reachable, so secrets cannot be kept safely (%1). Secrets are never saved in plain text. Start a keychain (GNOME Keyring, KWallet) and restart the app, or choose &quot;Keep secrets for this session only&quot; in Settings; they are forgotten when you quit.</source>
        <translation>Aucun trousseau système n’est joignable, les secrets ne peuvent donc pas être conservés en sécurité (%1). Les secrets ne sont jamais enregistrés en clair. Démarrez un trousseau (GNOME Keyring, KWallet) et redémarrez l’application, ou choisissez «&#xa0;Garder les secrets pour cette session uniquement&#xa0;» dans les Paramètres&#xa0;; ils seront oubliés à la fermeture.</translation>
    </message>
</context>
<context>
    <name>harness::core::HarnessBuilder</name>
    <message>
        <source>Untitled harness</source>
        <translation>Harness sans titre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; was not saved: no keychain.</source>
        <translation>Le jeton de «&#xa0;%1&#xa0;» n’a pas été enregistré&#xa0;: pas de trousseau.</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; was not saved: %2</source>
        <translation>Le jeton de «&#xa0;%1&#xa0;» n’a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The keys of &quot;%1&quot; were not saved: no keychain.</source>
        <translation>Les clés de «&#xa0;%1&#xa0;» n’ont pas été enregistrées&#xa0;: pas de trousseau.</translation>
    </message>
    <message>
        <source>The keys of &quot;%1&quot; were not saved: %2</source>
        <translation>Les clés de «&#xa0;%1&#xa0;» n’ont pas été enregistrées&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sign-in of &quot;%1&quot; was not saved: no keychain.</source>
        <translation>La connexion de «&#xa0;%1&#xa0;» n’a pas été enregistrée&#xa0;: pas de trousseau.</translation>
    </message>
    <message>
        <source>The sign-in of &quot;%1&quot; was not saved: %2</source>
        <translation>La connexion de «&#xa0;%1&#xa0;» n’a pas été enregistrée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>harness::core::HeadlessAuthorizationOpener</name>
    <message>
        <source>The authorization server did not redirect back (HTTP %1).</source>
        <translation>Le serveur d’autorisation n’a pas renvoyé vers l’application (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>harness::core::HistoryBuilder</name>
    <message>
        <source>The tool call did not complete.</source>
        <translation>L’appel d’outil ne s’est pas terminé.</translation>
    </message>
</context>
<context>
    <name>harness::core::KeychainSecretStore</name>
    <message>
        <source>No system keychain is available, so the secret cannot be kept safely. On Linux, install and start a Secret Service provider such as GNOME Keyring or KWallet. (%1)</source>
        <translation>Aucun trousseau système n’est disponible, le secret ne peut donc pas être conservé en sécurité. Sous Linux, installez et démarrez un fournisseur Secret Service comme GNOME Keyring ou KWallet. (%1)</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it and try again. (%1)</source>
        <translation>Le trousseau du système a refusé l’accès. Déverrouillez-le et réessayez. (%1)</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau du système a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
</context>
<context>
    <name>harness::core::LegacySseTransport</name>
    <message>
        <source>MCP server &quot;%1&quot; named a message endpoint on another origin (%2); refusing it.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» a indiqué un point de terminaison de messages sur une autre origine (%2)&#xa0;; il est refusé.</translation>
    </message>
    <message>
        <source>Legacy SSE endpoint: %1</source>
        <translation>Point de terminaison SSE (ancien)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not reach MCP server &quot;%1&quot; at %2: %3. Check the URL and that the server is running.</source>
        <translation>Impossible de joindre le serveur MCP «&#xa0;%1&#xa0;» à %2&#xa0;: %3. Vérifiez l’URL et que le serveur est en marche.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; refused the event stream (HTTP %2). Check the URL and the transport type.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» a refusé le flux d’événements (HTTP %2). Vérifiez l’URL et le type de transport.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; closed its event stream.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» a fermé son flux d’événements.</translation>
    </message>
    <message>
        <source>The connection to MCP server &quot;%1&quot; is closed.</source>
        <translation>La connexion au serveur MCP «&#xa0;%1&#xa0;» est fermée.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; did not accept a message (HTTP %2: %3).</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» n’a pas accepté un message (HTTP %2&#xa0;: %3).</translation>
    </message>
</context>
<context>
    <name>harness::core::LoopbackRedirectListener</name>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Connexion non terminée</translation>
    </message>
    <message>
        <source>You can close this tab and return to %1.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à %1.</translation>
    </message>
    <message>
        <source>Return to %1 to see what happened and try again.</source>
        <translation>Revenez à %1 pour voir ce qui s’est passé et réessayer.</translation>
    </message>
</context>
<context>
    <name>harness::core::MarkdownRenderer</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>[image] (click to load)</source>
        <translation>[image] (cliquer pour charger)</translation>
    </message>
    <message>
        <source>[image: %1] (click to load)</source>
        <translation>[image&#xa0;: %1] (cliquer pour charger)</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[image]</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[image&#xa0;: %1]</translation>
    </message>
</context>
<context>
    <name>harness::core::McpAuthorizationGate</name>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; requires sign-in. Set its authentication to OAuth, or enter an access token, in the server settings.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» exige une connexion. Réglez son authentification sur OAuth, ou saisissez un jeton d’accès, dans les paramètres du serveur.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; still refuses access after signing in again; the account may lack the needed permission (%2).</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» refuse toujours l’accès après une nouvelle connexion&#xa0;; le compte n’a peut-être pas l’autorisation nécessaire (%2).</translation>
    </message>
    <message>
        <source>The server asks for authorization; signing in.</source>
        <translation>Le serveur demande une autorisation&#xa0;; connexion en cours.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; refused the access token (%2). Check the token, or enter a new one.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» a refusé le jeton d’accès (%2). Vérifiez le jeton ou saisissez-en un nouveau.</translation>
    </message>
</context>
<context>
    <name>harness::core::McpClient</name>
    <message>
        <source>The connection to MCP server &quot;%1&quot; was closed.</source>
        <translation>La connexion au serveur MCP «&#xa0;%1&#xa0;» a été fermée.</translation>
    </message>
    <message>
        <source>The server&apos;s session expired; initializing a new one.</source>
        <translation>La session du serveur a expiré&#xa0;; initialisation d’une nouvelle session.</translation>
    </message>
    <message>
        <source>The server does not accept Streamable HTTP; trying the older HTTP+SSE transport.</source>
        <translation>Le serveur n’accepte pas Streamable HTTP&#xa0;; essai de l’ancien transport HTTP+SSE.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; did not complete the handshake: %2</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» n’a pas terminé la négociation&#xa0;: %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; speaks protocol version &quot;%2&quot;, which Harness does not support (supported: %3). Update the server or Harness.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» utilise la version de protocole «&#xa0;%2&#xa0;», que Harness ne prend pas en charge (prises en charge&#xa0;: %3). Mettez à jour le serveur ou Harness.</translation>
    </message>
    <message>
        <source>Connected to %1 %2 (protocol %3).</source>
        <translation>Connecté à %1 %2 (protocole %3).</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; could not list its tools: %2</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» n’a pas pu lister ses outils&#xa0;: %2</translation>
    </message>
    <message>
        <source>Last server output: %1</source>
        <translation>Dernière sortie du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is stopping.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» s’arrête.</translation>
    </message>
    <message>
        <source>Server stopped.</source>
        <translation>Serveur arrêté.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is stopping. Start it and try again.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» est en cours d’arrêt. Démarrez-le et réessayez.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running. Start it and try again.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» n’est pas en marche. Démarrez-le et réessayez.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; rejected the call to &quot;%2&quot;: %3 (code %4)</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» a refusé l’appel de «&#xa0;%2&#xa0;»&#xa0;: %3 (code %4)</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; on MCP server &quot;%2&quot; timed out: %3 Increase the server&apos;s timeout if the tool needs longer.</source>
        <translation>L’outil «&#xa0;%1&#xa0;» du serveur MCP «&#xa0;%2&#xa0;» a dépassé le délai&#xa0;: %3 Augmentez le délai du serveur si l’outil a besoin de plus de temps.</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; could not run: %2</source>
        <translation>L’outil «&#xa0;%1&#xa0;» n’a pas pu s’exécuter&#xa0;: %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» n’est pas en marche.</translation>
    </message>
    <message>
        <source>The server cancelled its request: %1</source>
        <translation>Le serveur a annulé sa requête&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>harness::core::McpCredentialKeeper</name>
    <message>
        <source>Could not remove %1 from %2: %3</source>
        <translation>Impossible de supprimer %1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The saved sign-in of MCP server &quot;%1&quot; is unreadable; sign in again.</source>
        <translation>La connexion enregistrée du serveur MCP «&#xa0;%1&#xa0;» est illisible&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in of MCP server &quot;%1&quot; could not be saved in %2 (%3); you will be asked to sign in again next time.</source>
        <translation>La connexion du serveur MCP «&#xa0;%1&#xa0;» n’a pas pu être enregistrée dans %2 (%3)&#xa0;; il vous sera demandé de vous reconnecter la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>harness::core::McpElicitationForm</name>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>«&#xa0;%1&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be yes or no.</source>
        <translation>«&#xa0;%1&#xa0;» doit être oui ou non.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at least %2.</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir au moins %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at most %2.</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir au plus %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of the offered choices.</source>
        <translation>«&#xa0;%1&#xa0;» doit être l’un des choix proposés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of choices.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de choix.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must only contain the offered choices.</source>
        <translation>«&#xa0;%1&#xa0;» ne doit contenir que les choix proposés.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n item(s) for &quot;%1&quot;.</source>
        <translation>
            <numerusform>Choisissez au moins %n élément pour «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>Choisissez au moins %n éléments pour «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n item(s) for &quot;%1&quot;.</source>
        <translation>
            <numerusform>Choisissez au plus %n élément pour «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>Choisissez au plus %n éléments pour «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>«&#xa0;%1&#xa0;» doit être du texte.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; needs at least %n character(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» demande au moins %n caractère.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» demande au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; allows at most %n character(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» accepte au plus %n caractère.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» accepte au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an email address, like name@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une adresse e-mail, comme nom@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a full address, like https://example.com.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une adresse complète, comme https://example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date like 2025-12-31.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une date comme 2025-12-31.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date and time like 2025-12-31T18:30:00Z.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une date et une heure comme 2025-12-31T18:30:00Z.</translation>
    </message>
    <message>
        <source>Answer yes or no for &quot;%1&quot;.</source>
        <translation>Répondez oui ou non pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices for &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des choix pour «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>harness::core::McpOAuth</name>
    <message>
        <source>MCP server %1 requires sign-in, but there is no way to open a browser here.</source>
        <translation>Le serveur MCP %1 exige une connexion, mais aucun navigateur ne peut être ouvert ici.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 for the sign-in redirect.</source>
        <translation>Impossible d’écouter sur 127.0.0.1 pour la redirection de connexion.</translation>
    </message>
    <message>
        <source>MCP server %1 published authorization metadata for a different resource (%2); refusing to sign in. Check the server URL.</source>
        <translation>Le serveur MCP %1 a publié des métadonnées d’autorisation pour une autre ressource (%2)&#xa0;; connexion refusée. Vérifiez l’URL du serveur.</translation>
    </message>
    <message>
        <source>The authorization server of %1 does not support automatic client registration. Enter a client ID (and secret) for this server in its settings.</source>
        <translation>Le serveur d’autorisation de %1 ne prend pas en charge l’enregistrement automatique des clients. Saisissez un identifiant client (et un secret) dans les paramètres de ce serveur.</translation>
    </message>
    <message>
        <source>Registering Harness with the authorization server of %1 failed (HTTP %2). Enter a client ID for this server in its settings.</source>
        <translation>L’enregistrement de Harness auprès du serveur d’autorisation de %1 a échoué (HTTP %2). Saisissez un identifiant client dans les paramètres de ce serveur.</translation>
    </message>
    <message>
        <source>Sign-in for %1 did not complete within 5 minutes. Try again.</source>
        <translation>La connexion à %1 ne s’est pas terminée dans les 5 minutes. Réessayez.</translation>
    </message>
    <message>
        <source>Sign-in for %1 was refused: %2 %3</source>
        <translation>La connexion à %1 a été refusée&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>The authorization server of %1 did not issue a token (HTTP %2: %3). Try signing in again.</source>
        <translation>Le serveur d’autorisation de %1 n’a pas délivré de jeton (HTTP %2&#xa0;: %3). Essayez de vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>harness::core::McpServerRegistry</name>
    <message>
        <source>Restarting the server (attempt %1).</source>
        <translation>Redémarrage du serveur (tentative %1).</translation>
    </message>
    <message>
        <source>The MCP server &quot;%1&quot; is not configured. Add it in the settings or remove it from the harness.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» n’est pas configuré. Ajoutez-le dans les paramètres ou retirez-le du harness.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running. It is restarted automatically; try again in a moment.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» n’est pas en marche. Il redémarre automatiquement&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>There is no tool named &quot;%1&quot;. Its MCP server may have been removed or may not be running.</source>
        <translation>Aucun outil nommé «&#xa0;%1&#xa0;». Son serveur MCP a peut-être été supprimé ou n’est pas en marche.</translation>
    </message>
    <message numerus="yes">
        <source>The server failed %n time(s) in a row; it will be started again when it is next used.</source>
        <translation>
            <numerusform>Le serveur a échoué %n fois de suite&#xa0;; il sera redémarré à sa prochaine utilisation.</numerusform>
            <numerusform>Le serveur a échoué %n fois de suite&#xa0;; il sera redémarré à sa prochaine utilisation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::core::McpServersJson</name>
    <message>
        <source>&quot;%1&quot; must be an object of names to text values.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet associant des noms à des valeurs texte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; value &quot;%2&quot; must be text.</source>
        <translation>La valeur «&#xa0;%2&#xa0;» de «&#xa0;%1&#xa0;» doit être du texte.</translation>
    </message>
    <message>
        <source>Unknown server type &quot;%1&quot;; expected stdio, http or sse.</source>
        <translation>Type de serveur inconnu «&#xa0;%1&#xa0;»&#xa0;; stdio, http ou sse attendu.</translation>
    </message>
    <message>
        <source>The entry has both &quot;command&quot; and &quot;url&quot;; keep only one.</source>
        <translation>L’entrée contient à la fois «&#xa0;command&#xa0;» et «&#xa0;url&#xa0;»&#xa0;; n’en gardez qu’un.</translation>
    </message>
    <message>
        <source>&quot;command&quot; is missing or not text; it names the program to start.</source>
        <translation>«&#xa0;command&#xa0;» est absent ou n’est pas du texte&#xa0;; il indique le programme à lancer.</translation>
    </message>
    <message>
        <source>&quot;args&quot; must be a list of text arguments.</source>
        <translation>«&#xa0;args&#xa0;» doit être une liste d’arguments texte.</translation>
    </message>
    <message>
        <source>&quot;args&quot; must contain only text arguments.</source>
        <translation>«&#xa0;args&#xa0;» ne doit contenir que des arguments texte.</translation>
    </message>
    <message>
        <source>The entry has neither &quot;command&quot; nor &quot;url&quot;; say how to start or reach the server.</source>
        <translation>L’entrée n’a ni «&#xa0;command&#xa0;» ni «&#xa0;url&#xa0;»&#xa0;; indiquez comment démarrer ou joindre le serveur.</translation>
    </message>
    <message>
        <source>&quot;url&quot; is not a valid http or https address.</source>
        <translation>«&#xa0;url&#xa0;» n’est pas une adresse http ou https valide.</translation>
    </message>
    <message>
        <source>The text is not valid JSON (%1 at position %2). Copy the whole configuration, including the outer braces.</source>
        <translation>Le texte n’est pas du JSON valide (%1 à la position %2). Copiez toute la configuration, accolades extérieures comprises.</translation>
    </message>
    <message>
        <source>Expected a JSON object with an &quot;mcpServers&quot; object.</source>
        <translation>Un objet JSON contenant un objet «&#xa0;mcpServers&#xa0;» est attendu.</translation>
    </message>
    <message>
        <source>No &quot;mcpServers&quot; object found. Expected {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: ...}}}.</source>
        <translation>Aucun objet «&#xa0;mcpServers&#xa0;» trouvé. Attendu&#xa0;: {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: ...}}}.</translation>
    </message>
    <message>
        <source>The server name is empty.</source>
        <translation>Le nom du serveur est vide.</translation>
    </message>
    <message>
        <source>The entry is not an object.</source>
        <translation>L’entrée n’est pas un objet.</translation>
    </message>
</context>
<context>
    <name>harness::core::McpToolProvider</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>harness::core::McpToolResult</name>
    <message>
        <source>[image: %1, %2]</source>
        <translation>[image&#xa0;: %1, %2]</translation>
    </message>
    <message>
        <source>[audio: %1, %2]</source>
        <translation>[audio&#xa0;: %1, %2]</translation>
    </message>
    <message>
        <source>[resource link: %1 &lt;%2&gt;</source>
        <translation>[lien de ressource&#xa0;: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>[resource %1: %2, %3]</source>
        <translation>[ressource %1&#xa0;: %2, %3]</translation>
    </message>
    <message>
        <source>[resource %1]</source>
        <translation>[ressource %1]</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>harness::core::MemorySecretStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation>mémoire, pour cette session uniquement</translation>
    </message>
</context>
<context>
    <name>harness::core::MessageRepository</name>
    <message>
        <source>Harness Desktop closed while this answer was streaming. The text received so far is kept; retry or continue it.</source>
        <translation>Harness Desktop s’est fermé pendant la réception de cette réponse. Le texte déjà reçu est conservé&#xa0;; relancez-la ou poursuivez-la.</translation>
    </message>
</context>
<context>
    <name>harness::core::ModelCatalog</name>
    <message>
        <source>not a model list: %1</source>
        <translation>pas une liste de modèles&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>harness::core::NetworkFailure</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check your connection or proxy, then try again.</source>
        <translation>
            <numerusform>%1 n’a pas répondu dans la %n seconde. Vérifiez votre connexion ou votre proxy, puis réessayez.</numerusform>
            <numerusform>%1 n’a pas répondu dans les %n secondes. Vérifiez votre connexion ou votre proxy, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address for typos and that you are online.</source>
        <translation>Le nom de serveur %1 est introuvable. Vérifiez l’adresse et que vous êtes bien en ligne.</translation>
    </message>
    <message>
        <source>Nothing is answering at %1. Check the address and port, and that the server is running.</source>
        <translation>Rien ne répond à %1. Vérifiez l’adresse et le port, et que le serveur est en marche.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out. Check your connection or proxy, then try again.</source>
        <translation>La connexion à %1 a expiré. Vérifiez votre connexion ou votre proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again in a moment.</source>
        <translation>%1 a fermé la connexion avant de répondre. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up. Check the address (https vs. http) and your system&apos;s date and certificates.</source>
        <translation>Impossible d’établir une connexion sécurisée avec %1. Vérifiez l’adresse (https ou http) ainsi que la date et les certificats de votre système.</translation>
    </message>
    <message>
        <source>The network proxy could not be used to reach %1. Check Settings &gt; Network.</source>
        <translation>Le proxy réseau n’a pas permis de joindre %1. Vérifiez Paramètres &gt; Réseau.</translation>
    </message>
    <message>
        <source>The network proxy asks for a user name and password. Enter them in Settings &gt; Network.</source>
        <translation>Le proxy réseau demande un nom d’utilisateur et un mot de passe. Saisissez-les dans Paramètres &gt; Réseau.</translation>
    </message>
    <message>
        <source>This device seems to be offline, so %1 cannot be reached. Connect to the internet and try again.</source>
        <translation>Cet appareil semble hors ligne, %1 est donc injoignable. Connectez-vous à Internet et réessayez.</translation>
    </message>
    <message>
        <source>The address of %1 must start with http:// or https://.</source>
        <translation>L’adresse de %1 doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the address and your connection, then try again.</source>
        <translation>Impossible de joindre %1. Vérifiez l’adresse et votre connexion, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>harness::core::NoToolProvider</name>
    <message>
        <source>Tool &quot;%1&quot; is not available.</source>
        <translation>L’outil «&#xa0;%1&#xa0;» n’est pas disponible.</translation>
    </message>
</context>
<context>
    <name>harness::core::OAuthLoopbackReceiver</name>
    <message>
        <source>&lt;html&gt;&lt;body&gt;&lt;p&gt;Harness Desktop received the sign-in result. You can close this window.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;body&gt;&lt;p&gt;Harness Desktop a reçu le résultat de la connexion. Vous pouvez fermer cette fenêtre.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
<context>
    <name>harness::core::OpenRouterConnect</name>
    <message>
        <source>OpenRouter did not send you back in time. Click &quot;Connect OpenRouter&quot; to try again.</source>
        <translation>OpenRouter ne vous a pas renvoyé à temps. Cliquez sur «&#xa0;Connecter OpenRouter&#xa0;» pour réessayer.</translation>
    </message>
    <message>
        <source>Could not open a local port to receive OpenRouter&apos;s answer. Paste a key instead.</source>
        <translation>Impossible d’ouvrir un port local pour recevoir la réponse d’OpenRouter. Collez plutôt une clé.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address yourself to connect: %1</source>
        <translation>Aucun navigateur web n’a pu être ouvert. Ouvrez vous-même cette adresse pour vous connecter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting OpenRouter was cancelled.</source>
        <translation>La connexion à OpenRouter a été annulée.</translation>
    </message>
    <message>
        <source>OpenRouter sent you back without a code. Try again, or paste a key instead.</source>
        <translation>OpenRouter vous a renvoyé sans code. Réessayez, ou collez plutôt une clé.</translation>
    </message>
    <message>
        <source>OpenRouter did not connect: %1</source>
        <translation>OpenRouter ne s’est pas connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>OpenRouter refused to issue a key for this sign-in. Try connecting again.</source>
        <translation>OpenRouter a refusé de délivrer une clé pour cette connexion. Essayez de vous reconnecter.</translation>
    </message>
    <message>
        <source>OpenRouter could not issue a key (HTTP %1). Try again later, or paste a key instead.</source>
        <translation>OpenRouter n’a pas pu délivrer de clé (HTTP %1). Réessayez plus tard, ou collez plutôt une clé.</translation>
    </message>
    <message>
        <source>(OpenRouter says: %1)</source>
        <translation>(OpenRouter indique&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>harness::core::ProviderAccess</name>
    <message>
        <source>No model provider is set up. Add your OpenRouter key (or another OpenAI-compatible endpoint) in Settings, then try again.</source>
        <translation>Aucun fournisseur de modèles n’est configuré. Ajoutez votre clé OpenRouter (ou un autre point de terminaison compatible OpenAI) dans les Paramètres, puis réessayez.</translation>
    </message>
    <message>
        <source>No API key is saved for %1. Add it in Settings, then try again.</source>
        <translation>Aucune clé API n’est enregistrée pour %1. Ajoutez-la dans les Paramètres, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>harness::core::ProviderKeyCheck</name>
    <message>
        <source>Enter the server&apos;s full address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>Saisissez l’adresse complète du serveur, commençant par http:// ou https://, par ex. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>The key was rejected. Check that you copied all of it and that it has not been revoked.</source>
        <translation>La clé a été refusée. Vérifiez que vous l’avez copiée en entier et qu’elle n’a pas été révoquée.</translation>
    </message>
    <message>
        <source>This server needs an API key. Paste one and check again.</source>
        <translation>Ce serveur a besoin d’une clé API. Collez-en une et vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>(%1 says: %2)</source>
        <translation>(%1 indique&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 answered, but not as an OpenAI-compatible API (HTTP %2). Check the address: it usually ends in /v1.</source>
        <translation>%1 a répondu, mais pas comme une API compatible OpenAI (HTTP %2). Vérifiez l’adresse&#xa0;: elle se termine généralement par /v1.</translation>
    </message>
    <message>
        <source>%1 could not check the key right now (HTTP %2). Try again later.</source>
        <translation>%1 n’a pas pu vérifier la clé pour le moment (HTTP %2). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not an OpenAI-compatible API. Check the address: it usually ends in /v1.</source>
        <translation>%1 a répondu par autre chose qu’une API compatible OpenAI. Vérifiez l’adresse&#xa0;: elle se termine généralement par /v1.</translation>
    </message>
</context>
<context>
    <name>harness::core::ProxySettings</name>
    <message>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>Saisissez le nom d’hôte du proxy.</translation>
    </message>
    <message>
        <source>Enter only the proxy&apos;s host name (e.g. proxy.example.com), without http:// or a path.</source>
        <translation>Saisissez uniquement le nom d’hôte du proxy (par ex. proxy.example.com), sans http:// ni chemin.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port.</source>
        <translation>Saisissez le port du proxy.</translation>
    </message>
</context>
<context>
    <name>harness::core::ReadOnlyPolicy</name>
    <message>
        <source>The tool &quot;%1&quot; may change things and was not approved. Allow it when asked, or run harness-cli with --yes.</source>
        <translation>L’outil «&#xa0;%1&#xa0;» peut modifier des choses et n’a pas été autorisé. Autorisez-le quand la question est posée, ou lancez harness-cli avec --yes.</translation>
    </message>
</context>
<context>
    <name>harness::core::RemoteChangeApplier</name>
    <message>
        <source>Not synced: this conversation was deleted on the web or another device. This message is kept on this device only.</source>
        <translation>Non synchronisé : cette conversation a été supprimée sur le web ou sur un autre appareil. Ce message est conservé sur cet appareil uniquement.</translation>
    </message>
</context>
<context>
    <name>harness::core::RemoteImageLoader</name>
    <message>
        <source>The image is larger than %1; it was not loaded.</source>
        <translation>L’image dépasse %1&#xa0;; elle n’a pas été chargée.</translation>
    </message>
    <message>
        <source>The image address redirects to an address that is not http or https; it was not followed.</source>
        <translation>L’adresse de l’image redirige vers une adresse qui n’est ni http ni https&#xa0;; la redirection n’a pas été suivie.</translation>
    </message>
    <message>
        <source>The image address redirects to a %1: address, which is not http or https; it was not followed.</source>
        <translation>L’adresse de l’image redirige vers une adresse %1:, qui n’est ni http ni https&#xa0;; la redirection n’a pas été suivie.</translation>
    </message>
    <message>
        <source>Only http and https images can be loaded.</source>
        <translation>Seules les images en http et https peuvent être chargées.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Le réseau n’est pas disponible.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2).</source>
        <translation>Le serveur a répondu HTTP %1 (%2).</translation>
    </message>
    <message>
        <source>The image server did not answer in time.</source>
        <translation>Le serveur d’images n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The image could not be downloaded: %1</source>
        <translation>L’image n’a pas pu être téléchargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The address did not return an image (it sent %1).</source>
        <translation>L’adresse n’a pas renvoyé d’image (elle a envoyé %1).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>harness::core::SearchResultModel</name>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
</context>
<context>
    <name>harness::core::StdioTransport</name>
    <message>
        <source>Could not start MCP server &quot;%1&quot;: the command &quot;%2&quot; was not found or is not executable. Install it, or enter its full path in the server settings.</source>
        <translation>Impossible de démarrer le serveur MCP «&#xa0;%1&#xa0;»&#xa0;: la commande «&#xa0;%2&#xa0;» est introuvable ou n’est pas exécutable. Installez-la, ou saisissez son chemin complet dans les paramètres du serveur.</translation>
    </message>
    <message>
        <source>Could not start MCP server &quot;%1&quot;: the working directory &quot;%2&quot; does not exist. Fix it in the server settings.</source>
        <translation>Impossible de démarrer le serveur MCP «&#xa0;%1&#xa0;»&#xa0;: le dossier de travail «&#xa0;%2&#xa0;» n’existe pas. Corrigez-le dans les paramètres du serveur.</translation>
    </message>
    <message>
        <source>Starting %1 %2</source>
        <translation>Démarrage de %1 %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» n’est pas en marche.</translation>
    </message>
    <message>
        <source>Server did not exit after stdin closed; terminating.</source>
        <translation>Le serveur ne s’est pas arrêté après la fermeture de stdin&#xa0;; arrêt forcé.</translation>
    </message>
    <message>
        <source>Server did not terminate; killing it.</source>
        <translation>Le serveur ne s’est pas terminé&#xa0;; il est tué.</translation>
    </message>
    <message>
        <source>Ignored non-JSON output on stdout: %1</source>
        <translation>Sortie non JSON sur stdout ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; crashed. See its log for details; it is restarted automatically.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» a planté. Consultez son journal pour les détails&#xa0;; il redémarre automatiquement.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; exited unexpectedly with code %2. See its log for details.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» s’est arrêté de façon inattendue avec le code %2. Consultez son journal pour les détails.</translation>
    </message>
    <message>
        <source>Could not start MCP server &quot;%1&quot; (%2): %3. Check the command in the server settings.</source>
        <translation>Impossible de démarrer le serveur MCP «&#xa0;%1&#xa0;» (%2)&#xa0;: %3. Vérifiez la commande dans les paramètres du serveur.</translation>
    </message>
</context>
<context>
    <name>harness::core::StoreError</name>
    <message>
        <source>The conversation database cannot be opened. Check that the data folder exists and that you may write to it, or choose another one with --data-dir.</source>
        <translation>La base de données des conversations ne peut pas être ouverte. Vérifiez que le dossier de données existe et que vous pouvez y écrire, ou choisissez-en un autre avec --data-dir.</translation>
    </message>
    <message>
        <source>The conversation database is damaged and cannot be read. Harness keeps the file untouched; you can start with a fresh database and keep the old file for recovery.</source>
        <translation>La base de données des conversations est endommagée et illisible. Harness laisse le fichier intact&#xa0;; vous pouvez repartir d’une base neuve et garder l’ancien fichier pour le récupérer.</translation>
    </message>
    <message>
        <source>The conversation database was written by a newer version of Harness Desktop. Update the app to open it; it has not been changed.</source>
        <translation>La base de données des conversations a été écrite par une version plus récente de Harness Desktop. Mettez l’application à jour pour l’ouvrir&#xa0;; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The conversation database is locked by another program. Close other copies of Harness Desktop or harness-cli that use the same data folder and try again.</source>
        <translation>La base de données des conversations est verrouillée par un autre programme. Fermez les autres instances de Harness Desktop ou de harness-cli qui utilisent le même dossier de données, puis réessayez.</translation>
    </message>
    <message>
        <source>The conversation database is read-only. Check the permissions of the data folder.</source>
        <translation>La base de données des conversations est en lecture seule. Vérifiez les permissions du dossier de données.</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>Le disque est plein, la modification n’a donc pas pu être enregistrée. Libérez de l’espace et réessayez&#xa0;; rien de ce qui était déjà enregistré n’a été perdu.</translation>
    </message>
    <message>
        <source>No such item.</source>
        <translation>Élément introuvable.</translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation>La requête n’était pas valide.</translation>
    </message>
    <message>
        <source>The conversation database reported an error.</source>
        <translation>La base de données des conversations a signalé une erreur.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Détails&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>harness::core::StoredApprovalPolicy</name>
    <message>
        <source>Change it in the settings (tool approval), or with `%1`.</source>
        <translation>Modifiez-la dans les paramètres (autorisation des outils), ou avec `%1`.</translation>
    </message>
    <message>
        <source>Change it in the tools of the MCP server &quot;%1&quot; (Harnesses page), or with `%2`.</source>
        <translation>Modifiez-la dans les outils du serveur MCP «&#xa0;%1&#xa0;» (page Harness), ou avec `%2`.</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; of the MCP server &quot;%2&quot; is set to never run. %3</source>
        <translation>L’outil «&#xa0;%1&#xa0;» du serveur MCP «&#xa0;%2&#xa0;» est réglé pour ne jamais s’exécuter. %3</translation>
    </message>
    <message>
        <source>The user denied the tool &quot;%1&quot; for this session.</source>
        <translation>L’utilisateur a refusé l’outil «&#xa0;%1&#xa0;» pour cette session.</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; needs approval and nobody can be asked here. Allow it for this server with `harness-cli mcp policy set --server &quot;%2&quot; --tool &quot;%3&quot; always`, or run harness-cli with --yes.</source>
        <translation>L’outil «&#xa0;%1&#xa0;» doit être autorisé et personne ne peut être interrogé ici. Autorisez-le pour ce serveur avec `harness-cli mcp policy set --server &quot;%2&quot; --tool &quot;%3&quot; always`, ou lancez harness-cli avec --yes.</translation>
    </message>
</context>
<context>
    <name>harness::core::StreamableHttpTransport</name>
    <message>
        <source>The connection to MCP server &quot;%1&quot; is closed.</source>
        <translation>La connexion au serveur MCP «&#xa0;%1&#xa0;» est fermée.</translation>
    </message>
    <message>
        <source>Ignored a message that is not JSON: %1</source>
        <translation>Message non JSON ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not reach MCP server &quot;%1&quot; at %2: %3. Check the URL and that the server is running.</source>
        <translation>Impossible de joindre le serveur MCP «&#xa0;%1&#xa0;» à %2&#xa0;: %3. Vérifiez l’URL et que le serveur est en marche.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; refused access (HTTP %2). Check its access token or sign in again.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» a refusé l’accès (HTTP %2). Vérifiez son jeton d’accès ou reconnectez-vous.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; answered HTTP %2 %3.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» a répondu HTTP %2 %3.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; closed the response stream without answering.</source>
        <translation>Le serveur MCP «&#xa0;%1&#xa0;» a fermé le flux de réponse sans répondre.</translation>
    </message>
    <message>
        <source>The server offers no stream for server-initiated messages (HTTP %1).</source>
        <translation>Le serveur ne propose pas de flux pour les messages émis par le serveur (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>harness::core::SyncEngine</name>
    <message>
        <source>Sync is off</source>
        <translation>La synchronisation est désactivée</translation>
    </message>
    <message>
        <source>Sync is waiting: choose what to do with the data on this device</source>
        <translation>La synchronisation attend&#xa0;: choisissez quoi faire des données de cet appareil</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Offline: changes are kept and sync when the connection is back</source>
        <translation>Hors ligne&#xa0;: les modifications sont conservées et seront synchronisées au retour de la connexion</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Erreur de synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-in token names no account; sign in again.</source>
        <translation>Le jeton de connexion n’indique aucun compte&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to keep syncing.</source>
        <translation>Votre connexion a expiré. Reconnectez-vous pour continuer la synchronisation.</translation>
    </message>
</context>
<context>
    <name>harness::core::WebModelMap</name>
    <message>
        <source>%1 (runs %2, high reasoning)</source>
        <translation>%1 (s’exécute comme %2, raisonnement élevé)</translation>
    </message>
    <message>
        <source>%1 (runs %2)</source>
        <translation>%1 (s’exécute comme %2)</translation>
    </message>
</context>
<context>
    <name>harness::gui::AboutDialog</name>
    <message>
        <source>About Harness Desktop</source>
        <translation>À propos de Harness Desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Harness Desktop %1&lt;/h2&gt;&lt;p&gt;A native chat client for LLM agents with MCP tools.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;/p&gt;&lt;h3&gt;Built with&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %3&lt;/b&gt;, used under the GNU Lesser General Public License v3 (&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;obligations&lt;/a&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;, under the BSD 3-Clause License.&lt;/li&gt;&lt;li&gt;&lt;b&gt;cmark-gfm %4&lt;/b&gt; (GitHub&apos;s CommonMark), under the BSD 2-Clause License.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;, in the public domain.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (sign-in token checks), under the Apache License 2.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Harness Desktop itself is released under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Harness Desktop %1&lt;/h2&gt;&lt;p&gt;Un client de chat natif pour agents LLM avec outils MCP.&lt;/p&gt;&lt;p&gt;Vos données&#xa0;: %2&lt;/p&gt;&lt;h3&gt;Réalisé avec&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %3&lt;/b&gt;, utilisé sous la GNU Lesser General Public License v3 (&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;obligations&lt;/a&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;, sous licence BSD à 3 clauses.&lt;/li&gt;&lt;li&gt;&lt;b&gt;cmark-gfm %4&lt;/b&gt; (le CommonMark de GitHub), sous licence BSD à 2 clauses.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;, dans le domaine public.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (vérification des jetons de connexion), sous licence Apache 2.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Harness Desktop lui-même est publié sous licence MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>harness::gui::AboutPanel</name>
    <message>
        <source>About Qt…</source>
        <translation>À propos de Qt…</translation>
    </message>
</context>
<context>
    <name>harness::gui::AccountPanel</name>
    <message>
        <source>Sign in to Harness</source>
        <translation>Se connecter à Harness</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Se déconnecter…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Use without an account</source>
        <translation>Utiliser sans compte</translation>
    </message>
    <message>
        <source>Keep everything on this computer and stop syncing.</source>
        <translation>Tout garder sur cet ordinateur et arrêter la synchronisation.</translation>
    </message>
    <message>
        <source>Advanced: sign-in and sync addresses</source>
        <translation>Avancé&#xa0;: adresses de connexion et de synchronisation</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>URL de l’émetteur</translation>
    </message>
    <message>
        <source>Issuer URL:</source>
        <translation>URL de l’émetteur&#xa0;:</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Identifiant client&#xa0;:</translation>
    </message>
    <message>
        <source>Sync deployment URL</source>
        <translation>URL du déploiement de synchronisation</translation>
    </message>
    <message>
        <source>Sync deployment URL:</source>
        <extracomment>The Convex deployment that keeps the account&apos;s data</extracomment>
        <translation>URL du déploiement de synchronisation&#xa0;:</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Apply the sign-in and sync addresses</source>
        <translation>Appliquer les adresses de connexion et de synchronisation</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Signed out. Sign in again to keep this computer in sync with your account.</source>
        <translation>Déconnecté. Reconnectez-vous pour garder cet ordinateur synchronisé avec votre compte.</translation>
    </message>
    <message>
        <source>Not signed in. This is a local profile: everything stays on this computer and nothing is synced.</source>
        <translation>Non connecté. Ceci est un profil local&#xa0;: tout reste sur cet ordinateur et rien n’est synchronisé.</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %1 (%n change(s) waiting)</source>
        <translation>
            <numerusform>Synchronisation&#xa0;: %1 (%n modification en attente)</numerusform>
            <numerusform>Synchronisation&#xa0;: %1 (%n modifications en attente)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign out to change these.</source>
        <translation>Déconnectez-vous pour modifier ces réglages.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Sign out of Harness? Sync stops on this computer.

Your conversations and harnesses stay in your account. Keep a copy on this computer too, or remove them from this computer?</source>
        <translation>Se déconnecter de Harness&#xa0;? La synchronisation s’arrête sur cet ordinateur.

Vos conversations et vos harness restent dans votre compte. En garder aussi une copie sur cet ordinateur, ou les supprimer de cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>Sign out and keep local copies</source>
        <translation>Se déconnecter et garder les copies locales</translation>
    </message>
    <message>
        <source>Sign out and remove them from this computer</source>
        <translation>Se déconnecter et les supprimer de cet ordinateur</translation>
    </message>
    <message>
        <source>They stay in your Harness account.</source>
        <translation>Elles restent dans votre compte Harness.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
</context>
<context>
    <name>harness::gui::AccountUi</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Signed out. This is now a local profile.</source>
        <translation>Déconnecté. Ceci est maintenant un profil local.</translation>
    </message>
    <message>
        <source>Your Harness session ended. Sign in again to keep syncing.</source>
        <translation>Votre session Harness a pris fin. Reconnectez-vous pour continuer la synchronisation.</translation>
    </message>
</context>
<context>
    <name>harness::gui::ChatHeader</name>
    <message>
        <source>Conversation title</source>
        <translation>Titre de la conversation</translation>
    </message>
    <message>
        <source>Click to rename the conversation</source>
        <translation>Cliquez pour renommer la conversation</translation>
    </message>
    <message>
        <source>Harness</source>
        <translation>Harness</translation>
    </message>
    <message>
        <source>The harness that answers: model, tools and instructions</source>
        <translation>Le harness qui répond&#xa0;: modèle, outils et instructions</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <source>Export the conversation as Markdown or JSON</source>
        <translation>Exporter la conversation en Markdown ou en JSON</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
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
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Could not rename the conversation: %1</source>
        <translation>Impossible de renommer la conversation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The harness that answers. %1</source>
        <translation>Le harness qui répond. %1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
</context>
<context>
    <name>harness::gui::ChatPage</name>
    <message>
        <source>Ask anything. Your conversation is saved on this computer as you go.</source>
        <translation>Demandez ce que vous voulez. Votre conversation est enregistrée sur cet ordinateur au fur et à mesure.</translation>
    </message>
    <message>
        <source>Continue exactly where your last answer stopped.</source>
        <translation>Reprends exactement là où ta dernière réponse s’est arrêtée.</translation>
    </message>
    <message>
        <source>Create a harness first: Harnesses → New harness.</source>
        <translation>Créez d’abord un harness&#xa0;: Harness → Nouveau harness.</translation>
    </message>
    <message>
        <source>↓ Jump to latest</source>
        <translation>↓ Aller au plus récent</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Aller au dernier message</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversation</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exporter la conversation</translation>
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
        <translation>Échec de l’export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::Composer</name>
    <message>
        <source>Editing your message: sending it starts a new version of the answer; the earlier one is kept.</source>
        <translation>Modification de votre message&#xa0;: l’envoyer lance une nouvelle version de la réponse&#xa0;; la précédente est conservée.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Message… (Entrée pour envoyer, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Answer again</source>
        <translation>Répondre à nouveau</translation>
    </message>
    <message>
        <source>The last answer failed or was cut off: ask the model again</source>
        <translation>La dernière réponse a échoué ou a été coupée&#xa0;: redemander au modèle</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>Continuer la réponse</translation>
    </message>
    <message>
        <source>Ask the model to go on from where the answer stopped</source>
        <translation>Demander au modèle de reprendre là où la réponse s’est arrêtée</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what arrived so far is kept</source>
        <translation>Arrêter la réponse (Échap)&#xa0;; ce qui est déjà arrivé est conservé</translation>
    </message>
    <message>
        <source>Send edit</source>
        <translation>Envoyer la modification</translation>
    </message>
</context>
<context>
    <name>harness::gui::ConnectStep</name>
    <message>
        <source>Some of the servers you chose need a key or a sign-in. Keys and tokens are kept in your system keychain, never in Harness&apos;s files.</source>
        <translation>Certains des serveurs choisis ont besoin d’une clé ou d’une connexion. Les clés et les jetons sont conservés dans le trousseau du système, jamais dans les fichiers de Harness.</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace it</source>
        <translation>Enregistré dans le trousseau&#xa0;; saisissez-en un autre pour le remplacer</translation>
    </message>
    <message>
        <source>Paste it here</source>
        <translation>Collez-le ici</translation>
    </message>
    <message>
        <source>Where do I get one?</source>
        <translation>Où en obtenir un&#xa0;?</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>Sign in with your %1 account in the browser. Harness receives the permission on this computer only.</source>
        <translation>Connectez-vous à votre compte %1 dans le navigateur. Harness reçoit l’autorisation sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>harness::gui::CustomServerDialog</name>
    <message>
        <source>Add an MCP server</source>
        <translation>Ajouter un serveur MCP</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <source>Short, e.g. notes; tools appear as notes__&lt;tool&gt;</source>
        <translation>Court, par ex. notes&#xa0;; les outils apparaissent comme notes__&lt;outil&gt;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>How the server runs</source>
        <translation>Comment le serveur s’exécute</translation>
    </message>
    <message>
        <source>Local program (stdio)</source>
        <translation>Programme local (stdio)</translation>
    </message>
    <message>
        <source>Remote server (HTTP)</source>
        <translation>Serveur distant (HTTP)</translation>
    </message>
    <message>
        <source>&amp;Runs as:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>e.g. npx, uvx, docker or a full path</source>
        <translation>par ex. npx, uvx, docker ou un chemin complet</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Commande&#xa0;:</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>e.g. -y @modelcontextprotocol/server-memory (quote arguments with spaces)</source>
        <translation>par ex. -y @modelcontextprotocol/server-memory (mettez entre guillemets les arguments avec des espaces)</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Variables d’environnement</translation>
    </message>
    <message>
        <source>One NAME=value per line (not for secrets: they would be saved unencrypted)</source>
        <translation>Une ligne NOM=valeur par variable (pas pour les secrets&#xa0;: ils seraient enregistrés sans chiffrement)</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Dossier de travail</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>&amp;Dossier de travail&#xa0;:</translation>
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
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Access token (bearer)</source>
        <translation>Jeton d’accès (bearer)</translation>
    </message>
    <message>
        <source>Sign in (OAuth)</source>
        <translation>Connexion (OAuth)</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>Au&amp;thentification&#xa0;:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>Saved in the system keychain</source>
        <translation>Enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>En-têtes supplémentaires</translation>
    </message>
    <message>
        <source>Optional, one Name: value per line</source>
        <translation>Facultatif, une ligne Nom: valeur par en-tête</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>En-&amp;têtes&#xa0;:</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Ajouter le serveur</translation>
    </message>
    <message>
        <source>The environment line &quot;%1&quot; is not NAME=value.</source>
        <translation>La ligne d’environnement «&#xa0;%1&#xa0;» n’est pas de la forme NOM=valeur.</translation>
    </message>
    <message>
        <source>The header line &quot;%1&quot; is not Name: value.</source>
        <translation>La ligne d’en-tête «&#xa0;%1&#xa0;» n’est pas de la forme Nom: valeur.</translation>
    </message>
    <message>
        <source>Put the token in the Token field (it goes to the keychain), not in a header.</source>
        <translation>Mettez le jeton dans le champ Jeton (il va dans le trousseau), pas dans un en-tête.</translation>
    </message>
    <message>
        <source>Enter the access token, or choose another kind of authentication.</source>
        <translation>Saisissez le jeton d’accès, ou choisissez un autre type d’authentification.</translation>
    </message>
</context>
<context>
    <name>harness::gui::DataSettings</name>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Your conversations, harnesses and settings are kept in:</source>
        <translation>Vos conversations, harness et paramètres sont conservés dans&#xa0;:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>Export et import</translation>
    </message>
    <message>
        <source>One JSON file with your harnesses, MCP server settings, providers, conversations and settings. Keys and tokens are never exported. Importing merges: what is already here is not duplicated, and newer copies win.</source>
        <translation>Un seul fichier JSON avec vos harness, paramètres de serveurs MCP, fournisseurs, conversations et paramètres. Les clés et jetons ne sont jamais exportés. L’import fusionne&#xa0;: ce qui existe déjà n’est pas dupliqué, et les copies les plus récentes l’emportent.</translation>
    </message>
    <message>
        <source>Export all data…</source>
        <translation>Exporter toutes les données…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Exporter toutes les données</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another place.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2. Choisissez un autre emplacement.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n harness(es)</source>
        <translation>
            <numerusform>%n harness</numerusform>
            <numerusform>%n harness</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MCP server(s)</source>
        <translation>
            <numerusform>%n serveur MCP</numerusform>
            <numerusform>%n serveurs MCP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n fournisseur</numerusform>
            <numerusform>%n fournisseurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1: %2.</source>
        <extracomment>%1 is a file path, %2 a list such as &quot;3 conversations, 40 messages, 2 harnesses&quot;</extracomment>
        <translation>Exporté vers %1&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n environment value(s) that looked like secrets were left out.</source>
        <translation>
            <numerusform>%n valeur d’environnement ressemblant à un secret a été omise.</numerusform>
            <numerusform>%n valeurs d’environnement ressemblant à des secrets ont été omises.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Move data…</source>
        <translation>Déplacer les données…</translation>
    </message>
    <message>
        <source>Move the data folder</source>
        <translation>Déplacer le dossier de données</translation>
    </message>
    <message>
        <source>This folder was chosen with --data-dir or the environment variable %1, which always win. To keep your data elsewhere, change that option or variable.</source>
        <translation>Ce dossier a été choisi avec --data-dir ou la variable d’environnement %1, qui l’emportent toujours. Pour garder vos données ailleurs, modifiez cette option ou cette variable.</translation>
    </message>
    <message>
        <source>Move data… copies everything to an empty or new folder (another disk, a synced folder), checks the copy, and uses it from the next start. The old folder is kept until you remove it. API keys are not in this folder; they stay in the system keychain.</source>
        <translation>« Déplacer les données… » copie tout dans un dossier vide ou nouveau (un autre disque, un dossier synchronisé), vérifie la copie et l’utilise dès le prochain démarrage. L’ancien dossier est conservé jusqu’à ce que vous le supprimiez. Les clés API ne sont pas dans ce dossier ; elles restent dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Choose an empty folder for your data</source>
        <translation>Choisissez un dossier vide pour vos données</translation>
    </message>
    <message>
        <source>Copying your data to %1…</source>
        <translation>Copie de vos données vers %1…</translation>
    </message>
    <message numerus="yes">
        <source>Your data was copied to %1 and checked (%n conversation(s)). Harness Desktop uses it from the next start.</source>
        <translation>
            <numerusform>Vos données ont été copiées vers %1 et vérifiées (%n conversation). Harness Desktop les utilise dès le prochain démarrage.</numerusform>
            <numerusform>Vos données ont été copiées vers %1 et vérifiées (%n conversations). Harness Desktop les utilise dès le prochain démarrage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The old folder %1 is kept until you remove it.</source>
        <translation>L’ancien dossier %1 est conservé jusqu’à ce que vous le supprimiez.</translation>
    </message>
    <message>
        <source>Restart now to use it, or cancel the move: the copy is removed and the app keeps using the old folder.</source>
        <translation>Redémarrez maintenant pour l’utiliser, ou annulez le déplacement : la copie est supprimée et l’application continue d’utiliser l’ancien dossier.</translation>
    </message>
    <message>
        <source>Data copied</source>
        <translation>Données copiées</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Cancel the move</source>
        <translation>Annuler le déplacement</translation>
    </message>
    <message>
        <source>The move was cancelled; your data stays in %1.</source>
        <translation>Le déplacement a été annulé ; vos données restent dans %1.</translation>
    </message>
    <message>
        <source>Moved to %1. The old folder %2 is kept until you remove it.</source>
        <translation>Déplacé vers %1. L’ancien dossier %2 est conservé jusqu’à ce que vous le supprimiez.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are still coming in. Wait for them to finish or stop them, then move the data.</source>
        <translation>
            <numerusform>%n réponse est encore en cours de réception. Attendez qu’elle se termine ou arrêtez-la, puis déplacez les données.</numerusform>
            <numerusform>%n réponses sont encore en cours de réception. Attendez qu’elles se terminent ou arrêtez-les, puis déplacez les données.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::ElicitationDialog</name>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>the date format the user types, keep the digits&apos; order</extracomment>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>YYYY-MM-DDThh:mm:ssZ</source>
        <translation>AAAA-MM-JJThh:mm:ssZ</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>%1 asks for information</source>
        <translation>%1 demande des informations</translation>
    </message>
    <message>
        <source>Asked by the MCP server &quot;%1&quot;. Only send what you are happy to share with it.</source>
        <translation>Demandé par le serveur MCP «&#xa0;%1&#xa0;». N’envoyez que ce que vous acceptez de lui communiquer.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>The server also asked for fields this form cannot show: %1.</source>
        <translation>Le serveur a aussi demandé des champs que ce formulaire ne peut pas afficher&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Accept and send the answers</source>
        <translation>Accepter et envoyer les réponses</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Decline the request</source>
        <translation>Refuser la demande</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>harness::gui::GeneralSettings</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Opening a conversation switches to the harness it last used</source>
        <translation>Ouvrir une conversation bascule vers le harness qu’elle a utilisé en dernier</translation>
    </message>
    <message>
        <source>Auto-switch harness</source>
        <translation>Changer de harness automatiquement</translation>
    </message>
    <message>
        <source>Auto-switch harness:</source>
        <translation>Changer de harness automatiquement&#xa0;:</translation>
    </message>
    <message>
        <source>Default harness for new chats</source>
        <translation>Harness par défaut des nouvelles discussions</translation>
    </message>
    <message>
        <source>New chats use:</source>
        <translation>Les nouvelles discussions utilisent&#xa0;:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language applies after you restart the app.</source>
        <translation>Une nouvelle langue s’applique après le redémarrage de l’application.</translation>
    </message>
    <message>
        <source>Language (after restart):</source>
        <translation>Langue (après redémarrage)&#xa0;:</translation>
    </message>
    <message>
        <source>Show tokens and cost under answers</source>
        <translation>Afficher les jetons et le coût sous les réponses</translation>
    </message>
    <message>
        <source>Show tokens and cost</source>
        <translation>Afficher les jetons et le coût</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Consommation&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>seconds, after a number</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Stream stall timeout in seconds</source>
        <translation>Délai d’inactivité du flux en secondes</translation>
    </message>
    <message>
        <source>Give up on a silent stream after:</source>
        <translation>Abandonner un flux muet après&#xa0;:</translation>
    </message>
    <message>
        <source>When a provider sends nothing for this long, the answer stops and what arrived is kept.</source>
        <translation>Quand un fournisseur n’envoie rien pendant ce temps, la réponse s’arrête et ce qui est arrivé est conservé.</translation>
    </message>
    <message>
        <source>The harness used last</source>
        <translation>Le dernier harness utilisé</translation>
    </message>
</context>
<context>
    <name>harness::gui::GuiApprovalPolicy</name>
    <message>
        <source>The user denied this call of &quot;%1&quot;.</source>
        <translation>L’utilisateur a refusé cet appel de «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>harness::gui::HarnessManagerPage</name>
    <message>
        <source>Harnesses</source>
        <translation>Harness</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>Serveurs d’outils</translation>
    </message>
    <message>
        <source>New harness…</source>
        <translation>Nouveau harness…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Delete harness</source>
        <translation>Supprimer le harness</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import MCP servers…</source>
        <translation>Importer des serveurs MCP…</translation>
    </message>
    <message>
        <source>Add the servers of an mcpServers JSON file, as Claude Desktop and Cursor write them</source>
        <translation>Ajouter les serveurs d’un fichier JSON mcpServers, tel que l’écrivent Claude Desktop et Cursor</translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>Importer des serveurs MCP</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; was not saved: %2</source>
        <translation>Le jeton de «&#xa0;%1&#xa0;» n’a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>No server was added.</source>
        <translation>Aucun serveur n’a été ajouté.</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>Non ajoutés&#xa0;:</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Make a copy with the same model, servers and prompt</source>
        <translation>Faire une copie avec le même modèle, les mêmes serveurs et le même prompt</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; created.</source>
        <translation>Harness «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; saved.</source>
        <translation>Harness «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>(no model yet)</source>
        <translation>(pas encore de modèle)</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n serveur</numerusform>
            <numerusform>%n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish…</source>
        <translation>Terminer…</translation>
    </message>
    <message>
        <source>not available (disabled or removed)</source>
        <translation>non disponible (désactivé ou supprimé)</translation>
    </message>
    <message numerus="yes">
        <source>connected · %n tool(s)</source>
        <translation>
            <numerusform>connecté · %n outil</numerusform>
            <numerusform>connecté · %n outils</numerusform>
        </translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>arrêt…</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>not started (starts when a chat uses it)</source>
        <translation>non démarré (démarre quand une discussion l’utilise)</translation>
    </message>
    <message>
        <source>stopped · last error: %1</source>
        <translation>arrêté · dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a harness to see its MCP servers.</source>
        <translation>Sélectionnez un harness pour voir ses serveurs MCP.</translation>
    </message>
    <message>
        <source>MCP servers of &quot;%1&quot;</source>
        <translation>Serveurs MCP de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No MCP server: the model answers without tools.</source>
        <translation>Aucun serveur MCP&#xa0;: le modèle répond sans outils.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Tools and status of %1</source>
        <translation>Outils et état de %1</translation>
    </message>
    <message>
        <source>The server&apos;s tools, their approval rules, and its log</source>
        <translation>Les outils du serveur, leurs règles d’autorisation et son journal</translation>
    </message>
    <message>
        <source>Made &quot;%1&quot;. Edit it, then start it.</source>
        <translation>«&#xa0;%1&#xa0;» créé. Modifiez-le, puis démarrez-le.</translation>
    </message>
    <message>
        <source>Delete the harness &quot;%1&quot;? Conversations that used it are kept, and so are its MCP servers.</source>
        <translation>Supprimer le harness «&#xa0;%1&#xa0;»&#xa0;? Les conversations qui l’ont utilisé sont conservées, tout comme ses serveurs MCP.</translation>
    </message>
    <message>
        <source>Added: %1. Tick them on the MCP servers page when you edit a harness.</source>
        <translation>Ajoutés&#xa0;: %1. Cochez-les sur la page Serveurs MCP quand vous modifiez un harness.</translation>
    </message>
    <message>
        <source>Tools &amp;&amp; status…</source>
        <translation>Outils et état…</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Compétences : %1</translation>
    </message>
    <message>
        <source> · on this device only</source>
        <translation> · sur cet appareil uniquement</translation>
    </message>
</context>
<context>
    <name>harness::gui::HarnessWizard</name>
    <message>
        <source>Name &amp; model</source>
        <translation>Nom et modèle</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Serveurs MCP</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Keep what you entered as a draft harness and finish later</source>
        <translation>Garder ce que vous avez saisi comme brouillon de harness et terminer plus tard</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Let&apos;s build your first harness</source>
        <translation>Créons votre premier harness</translation>
    </message>
    <message>
        <source>New harness</source>
        <translation>Nouveau harness</translation>
    </message>
    <message>
        <source>A harness is a model, the tools it may use, and how it should behave. You can change everything later, and save a draft at any step.</source>
        <translation>Un harness, c’est un modèle, les outils qu’il peut utiliser et la façon dont il doit se comporter. Vous pourrez tout modifier plus tard et enregistrer un brouillon à chaque étape.</translation>
    </message>
    <message>
        <source>My harness</source>
        <translation>Mon harness</translation>
    </message>
    <message>
        <source>Finish &quot;%1&quot;</source>
        <translation>Terminer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This harness is a draft: complete the steps and create it.</source>
        <translation>Ce harness est un brouillon&#xa0;: terminez les étapes et créez-le.</translation>
    </message>
    <message>
        <source>Change any step, then save. Tokens already saved stay in the keychain unless you type new ones.</source>
        <translation>Modifiez les étapes voulues, puis enregistrez. Les jetons déjà enregistrés restent dans le trousseau, sauf si vous en saisissez de nouveaux.</translation>
    </message>
    <message>
        <source>Enter the %1 for %2, or go back and untick it.</source>
        <translation>%2 a besoin de «&#xa0;%1&#xa0;». Saisissez-le, ou revenez en arrière et décochez ce serveur.</translation>
    </message>
    <message>
        <source>Not needed: no chosen server asks for a key</source>
        <translation>Pas nécessaire&#xa0;: aucun serveur choisi ne demande de clé</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Create harness</source>
        <translation>Créer le harness</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source> — signed in</source>
        <translation> — connecté</translation>
    </message>
    <message>
        <source> — asks you to sign in on first use</source>
        <translation> — vous demandera de vous connecter à la première utilisation</translation>
    </message>
    <message>
        <source> — key goes to the keychain</source>
        <translation> — la clé va dans le trousseau</translation>
    </message>
    <message>
        <source>Tools from</source>
        <translation>Outils fournis par</translation>
    </message>
    <message>
        <source>no MCP server</source>
        <translation>aucun serveur MCP</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Draft &quot;%1&quot; saved. Find it under Drafts in Harnesses to finish it.</source>
        <translation>Brouillon «&#xa0;%1&#xa0;» enregistré. Retrouvez-le sous Brouillons dans Harness pour le terminer.</translation>
    </message>
    <message>
        <source>Not saved yet (incomplete): %1</source>
        <translation>Pas encore enregistré (incomplet)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Draft &quot;%1&quot; saved.</source>
        <translation>Brouillon «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; created.</source>
        <translation>Harness «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; saved.</source>
        <translation>Harness «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
</context>
<context>
    <name>harness::gui::KeychainNotice</name>
    <message>
        <source>Keep secrets for this session only</source>
        <translation>Garder les secrets pour cette session uniquement</translation>
    </message>
    <message>
        <source>Keys and tokens you enter are kept in memory until you quit. Nothing is written to disk.</source>
        <translation>Les clés et jetons saisis restent en mémoire jusqu’à la fermeture. Rien n’est écrit sur le disque.</translation>
    </message>
    <message>
        <source>No keychain: keys cannot be saved</source>
        <translation>Pas de trousseau&#xa0;: les clés ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <source>Keys kept for this session only</source>
        <translation>Clés gardées pour cette session uniquement</translation>
    </message>
    <message>
        <source>No keychain is reachable; keys and tokens are forgotten when you quit.</source>
        <translation>Aucun trousseau n’est joignable&#xa0;; les clés et jetons seront oubliés à la fermeture.</translation>
    </message>
    <message>
        <source>No system keychain is reachable, so API keys and tokens cannot be saved safely, and Harness Desktop never writes them in plain text. Start a keychain (GNOME Keyring or KWallet) and restart the app, or keep secrets in memory for this session only.</source>
        <translation>Aucun trousseau système n’est joignable&#xa0;: les clés API et jetons ne peuvent pas être enregistrés en sécurité, et Harness Desktop ne les écrit jamais en clair. Démarrez un trousseau (GNOME Keyring ou KWallet) et redémarrez l’application, ou gardez les secrets en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this session only: nothing is saved to disk, and you will need to enter keys and sign in to tool servers again after restarting. Start a keychain and restart the app to keep them.</source>
        <translation>Les secrets sont gardés en mémoire pour cette session uniquement&#xa0;: rien n’est enregistré sur le disque, et après un redémarrage il faudra saisir à nouveau les clés et vous reconnecter aux serveurs d’outils. Démarrez un trousseau et redémarrez l’application pour les conserver.</translation>
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
        <translation>Harness créé. Dites bonjour&#xa0;!</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Conversation précédente</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Conversation suivante</translation>
    </message>
    <message>
        <source>Focus the message field</source>
        <translation>Aller au champ de message</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::McpServerDialog</name>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Reconnect to the server</source>
        <translation>Se reconnecter au serveur</translation>
    </message>
    <message>
        <source>Tools of the server</source>
        <translation>Outils du serveur</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Indications</translation>
    </message>
    <message>
        <source>When the model calls it</source>
        <translation>Quand le modèle l’appelle</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Journal du serveur</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Copier le journal</translation>
    </message>
    <message>
        <source>Copy the whole log</source>
        <translation>Copier tout le journal</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>MCP server</source>
        <translation>Serveur MCP</translation>
    </message>
    <message>
        <source>This MCP server no longer exists.</source>
        <translation>Ce serveur MCP n’existe plus.</translation>
    </message>
    <message>
        <source>MCP server %1</source>
        <translation>Serveur MCP %1</translation>
    </message>
    <message>
        <source>Choices here apply to every harness that uses this server.</source>
        <translation>Les choix faits ici s’appliquent à tous les harness qui utilisent ce serveur.</translation>
    </message>
    <message>
        <source>Choices here apply to the harness &quot;%1&quot; only.</source>
        <translation>Les choix faits ici ne s’appliquent qu’au harness «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Switched off: enable the server in its settings to use it.</source>
        <translation>Désactivé&#xa0;: activez le serveur dans ses paramètres pour l’utiliser.</translation>
    </message>
    <message>
        <source>Not running. It starts when a conversation uses it.</source>
        <translation>Arrêté. Il démarre dès qu’une conversation l’utilise.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Protocol %1</source>
        <translation>Protocole %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n outil</numerusform>
            <numerusform>%n outils</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>destructive</source>
        <translation>destructif</translation>
    </message>
    <message>
        <source>changes things</source>
        <translation>modifie des choses</translation>
    </message>
    <message>
        <source>idempotent</source>
        <translation>idempotent</translation>
    </message>
    <message>
        <source>reaches outside</source>
        <translation>accède à l’extérieur</translation>
    </message>
    <message>
        <source>always allow</source>
        <translation>toujours autoriser</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>ask</source>
        <translation>demander</translation>
    </message>
    <message>
        <source>Approval for %1</source>
        <translation>Autorisation pour %1</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <extracomment>%1 is what applies when nothing is chosen for this tool: ask, always allow or never</extracomment>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Demander à chaque fois</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Toujours autoriser</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Could not save the choice: %1</source>
        <translation>Impossible d’enregistrer le choix&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageActions</name>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>under an answer: how many tokens it used</comment>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Edited · hide earlier version</source>
        <extracomment>a message that was edited and sent again; the link shows or hides what it replaced</extracomment>
        <translation>Modifié · masquer la version précédente</translation>
    </message>
    <message>
        <source>Edited · show earlier version</source>
        <translation>Modifié · afficher la version précédente</translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageDelegate</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>Earlier version · %1</source>
        <extracomment>a message replaced by an edit, shown on request</extracomment>
        <translation>Version précédente · %1</translation>
    </message>
    <message>
        <source>answering…</source>
        <translation>réponse en cours…</translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageRenderCache</name>
    <message>
        <source>Loading image…</source>
        <translation>Chargement de l’image…</translation>
    </message>
    <message>
        <source>⚠ Image not loaded: %1 Click to try again.</source>
        <extracomment>a remote image in an answer could not be shown; %1 is the reason</extracomment>
        <translation>⚠ Image non chargée&#xa0;: %1 Cliquez pour réessayer.</translation>
    </message>
    <message>
        <source>⚠ Image not loaded: the file could not be read as an image.</source>
        <translation>⚠ Image non chargée&#xa0;: le fichier n’a pas pu être lu comme une image.</translation>
    </message>
    <message>
        <source>Stopped. What arrived so far is kept: continue or retry it below.</source>
        <translation>Arrêté. Ce qui est déjà arrivé est conservé&#xa0;: continuez ou réessayez ci-dessous.</translation>
    </message>
    <message>
        <source>What you see is kept in memory and saved as soon as the disk allows.</source>
        <translation>Ce que vous voyez est gardé en mémoire et enregistré dès que le disque le permet.</translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>harness::gui::ModelStep</name>
    <message>
        <source>Harness name</source>
        <translation>Nom du harness</translation>
    </message>
    <message>
        <source>e.g. Research assistant</source>
        <translation>par ex. Assistant de recherche</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Rechercher des modèles</translation>
    </message>
    <message>
        <source>Search models, e.g. claude, gpt, llama…</source>
        <translation>Rechercher des modèles, par ex. claude, gpt, llama…</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>Actualiser la liste</translation>
    </message>
    <message>
        <source>Fetch the model list from your provider</source>
        <translation>Récupérer la liste des modèles auprès de votre fournisseur</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Price in / out (1M)</source>
        <extracomment>price per million tokens, input / output</extracomment>
        <translation>Prix entrée / sortie (1 M)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Identifiant du modèle</translation>
    </message>
    <message>
        <source>Pick one above, or type a model id, e.g. anthropic/claude-sonnet-4</source>
        <translation>Choisissez-en un ci-dessus, ou saisissez un identifiant de modèle, par ex. anthropic/claude-sonnet-4</translation>
    </message>
    <message>
        <source>Model &amp;id:</source>
        <translation>&amp;Identifiant du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>No model list yet: press Refresh list, or type a model id below.</source>
        <translation>Pas encore de liste de modèles&#xa0;: cliquez sur Actualiser la liste, ou saisissez un identifiant de modèle ci-dessous.</translation>
    </message>
    <message>
        <source>No provider is set up yet: type a model id below, and add your provider&apos;s key in Settings.</source>
        <translation>Aucun fournisseur n’est encore configuré&#xa0;: saisissez un identifiant de modèle ci-dessous, et ajoutez la clé de votre fournisseur dans les Paramètres.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s).</source>
        <translation>
            <numerusform>%n modèle.</numerusform>
            <numerusform>%n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>Récupération de la liste des modèles…</translation>
    </message>
    <message>
        <source>%1 tokens of context</source>
        <translation>%1 jetons de contexte</translation>
    </message>
    <message>
        <source>%1 in / %2 out per million tokens</source>
        <translation>%1 en entrée / %2 en sortie par million de jetons</translation>
    </message>
    <message>
        <source>can call tools</source>
        <translation>peut appeler des outils</translation>
    </message>
    <message>
        <source>cannot call tools: MCP servers will not be used</source>
        <translation>ne peut pas appeler d’outils&#xa0;: les serveurs MCP ne seront pas utilisés</translation>
    </message>
    <message>
        <source>Not in the provider&apos;s list; it is used as typed.</source>
        <translation>Absent de la liste du fournisseur&#xa0;; utilisé tel que saisi.</translation>
    </message>
    <message>
        <source>Harness web model: %1</source>
        <translation>Modèle de l’application web Harness : %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::NetworkSettings</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>How Harness Desktop reaches providers, MCP servers and sync. This setting belongs to this device.</source>
        <translation>Comment Harness Desktop joint les fournisseurs, les serveurs MCP et la synchronisation. Ce réglage est propre à cet appareil.</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Utiliser les paramètres de proxy du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Pas de proxy</translation>
    </message>
    <message>
        <source>Use this proxy:</source>
        <translation>Utiliser ce proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Type de proxy</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nom d’utilisateur du proxy</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace</source>
        <translation>Enregistré dans le trousseau&#xa0;; saisissez-en un autre pour le remplacer</translation>
    </message>
    <message>
        <source>Applied: the system&apos;s proxy settings are used.</source>
        <translation>Appliqué&#xa0;: les paramètres de proxy du système sont utilisés.</translation>
    </message>
    <message>
        <source>Applied: connections go out directly.</source>
        <translation>Appliqué&#xa0;: les connexions sortent directement.</translation>
    </message>
    <message>
        <source>Applied: new connections go through %1:%2.</source>
        <translation>Appliqué&#xa0;: les nouvelles connexions passent par %1:%2.</translation>
    </message>
</context>
<context>
    <name>harness::gui::ProviderSettings</name>
    <message>
        <source>OpenAI-compatible (OpenAI, Ollama, LM Studio, llama.cpp, vLLM)</source>
        <translation>Compatible OpenAI (OpenAI, Ollama, LM Studio, llama.cpp, vLLM)</translation>
    </message>
    <message>
        <source>Provider address</source>
        <translation>Adresse du fournisseur</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Collez votre clé API</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé API&#xa0;:</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Where answers come from. Keys are checked with the provider before they are saved, and are kept in the system keychain, never in a file.</source>
        <translation>D’où viennent les réponses. Les clés sont vérifiées auprès du fournisseur avant d’être enregistrées, et sont conservées dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Saved providers</source>
        <translation>Fournisseurs enregistrés</translation>
    </message>
    <message>
        <source>Add another…</source>
        <translation>Ajouter un autre…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <source>Harnesses without a provider of their own use the default one.</source>
        <translation>Les harness sans fournisseur propre utilisent celui par défaut.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Remove the selected provider and its key</source>
        <translation>Supprimer le fournisseur sélectionné et sa clé</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>Type de fournisseur</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Vérifier et enregistrer</translation>
    </message>
    <message>
        <source>Save without checking</source>
        <translation>Enregistrer sans vérifier</translation>
    </message>
    <message>
        <source>Save now and use the provider once it can be reached.</source>
        <translation>Enregistrer maintenant et utiliser le fournisseur dès qu’il est joignable.</translation>
    </message>
    <message>
        <source>No key yet?</source>
        <translation>Pas encore de clé&#xa0;?</translation>
    </message>
    <message>
        <source>Connect OpenRouter…</source>
        <translation>Connecter OpenRouter…</translation>
    </message>
    <message>
        <source>Connect OpenRouter in the browser</source>
        <translation>Connecter OpenRouter dans le navigateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign in to OpenRouter in your browser and approve Harness Desktop: OpenRouter creates a key for this app and hands it over directly.</source>
        <translation>Connectez-vous à OpenRouter dans votre navigateur et approuvez Harness Desktop&#xa0;: OpenRouter crée une clé pour cette application et la lui transmet directement.</translation>
    </message>
    <message>
        <source>Use local Ollama</source>
        <translation>Utiliser Ollama en local</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>pas de clé</translation>
    </message>
    <message>
        <source>key unavailable</source>
        <translation>clé indisponible</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No provider yet: paste an OpenRouter key, connect OpenRouter below, or enter the address of an OpenAI-compatible server.</source>
        <translation>Pas encore de fournisseur&#xa0;: collez une clé OpenRouter, connectez OpenRouter ci-dessous, ou saisissez l’adresse d’un serveur compatible OpenAI.</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Paste a new key to replace the saved one</source>
        <translation>Collez une nouvelle clé pour remplacer celle enregistrée</translation>
    </message>
    <message>
        <source>Enter the server&apos;s full address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>Saisissez l’adresse complète du serveur, commençant par http:// ou https://, par ex. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>Paste your OpenRouter key (it starts with sk-or-), or use &quot;Connect OpenRouter&quot; below.</source>
        <translation>Collez votre clé OpenRouter (elle commence par sk-or-), ou utilisez «&#xa0;Connecter OpenRouter&#xa0;» ci-dessous.</translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <translation>Vérification auprès de %1…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>%1 saved. Its key (%2) is in %3.</source>
        <translation>%1 enregistré. Sa clé (%2) est dans %3.</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Supprimer le fournisseur</translation>
    </message>
    <message>
        <source>Remove %1 and delete its key from %2? Harnesses that use it switch to the default provider.</source>
        <translation>Supprimer %1 et effacer sa clé de %2&#xa0;? Les harness qui l’utilisent passent au fournisseur par défaut.</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>le trousseau</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1 and its key were removed.</source>
        <translation>%1 et sa clé ont été supprimés.</translation>
    </message>
    <message>
        <source>%1 was removed, but the keychain could not be reached to delete its key. If one was saved, delete &quot;%2&quot; from your keychain.</source>
        <translation>%1 a été supprimé, mais le trousseau était injoignable pour effacer sa clé. Si une clé était enregistrée, supprimez «&#xa0;%2&#xa0;» de votre trousseau.</translation>
    </message>
    <message>
        <source>Waiting for you in the browser: sign in to OpenRouter and approve Harness Desktop, then come back here.</source>
        <translation>En attente dans le navigateur&#xa0;: connectez-vous à OpenRouter et approuvez Harness Desktop, puis revenez ici.</translation>
    </message>
    <message>
        <source>Getting your key from OpenRouter…</source>
        <translation>Récupération de votre clé auprès d’OpenRouter…</translation>
    </message>
    <message>
        <source>OpenRouter is connected. Its key (%1) is in %2.</source>
        <translation>OpenRouter est connecté. Sa clé (%1) est dans %2.</translation>
    </message>
    <message>
        <source>It has no models yet: run &quot;ollama pull llama3.2&quot; first.</source>
        <translation>Il n’a pas encore de modèle&#xa0;: lancez d’abord «&#xa0;ollama pull llama3.2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>It has %n model(s).</source>
        <translation>
            <numerusform>Il a %n modèle.</numerusform>
            <numerusform>Il a %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ollama is running on this computer and is set up as a provider. %1</source>
        <translation>Ollama tourne sur cet ordinateur et est configuré comme fournisseur. %1</translation>
    </message>
    <message>
        <source>Ollama is running on this computer. %1</source>
        <translation>Ollama tourne sur cet ordinateur. %1</translation>
    </message>
    <message>
        <source>Local Ollama added as a provider (%1). It needs no key.</source>
        <translation>Ollama local ajouté comme fournisseur (%1). Il n’a pas besoin de clé.</translation>
    </message>
</context>
<context>
    <name>harness::gui::ReasoningBlock</name>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n second(s)</source>
        <comment>how long the model reasoned</comment>
        <translation>
            <numerusform>A réfléchi %n seconde</numerusform>
            <numerusform>A réfléchi %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n minute(s)</source>
        <comment>how long the model reasoned</comment>
        <translation>
            <numerusform>A réfléchi %n minute</numerusform>
            <numerusform>A réfléchi %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::RemoveDataConfirmation</name>
    <message numerus="yes">
        <source>Remove %n conversation(s) with all their messages, and your harnesses and settings, from this computer? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer de cet ordinateur %n conversation avec tous ses messages, ainsi que vos harness et vos paramètres ? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer de cet ordinateur %n conversations avec tous leurs messages, ainsi que vos harness et vos paramètres ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove data from this computer</source>
        <translation>Supprimer les données de cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n conversation(s)</source>
        <translation>
            <numerusform>Supprimer %n conversation</numerusform>
            <numerusform>Supprimer %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>harness::gui::ServerTestWidget</name>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Test the server</source>
        <translation>Tester le serveur</translation>
    </message>
    <message>
        <source>Start the server, connect and list its tools</source>
        <translation>Démarrer le serveur, s’y connecter et lister ses outils</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n tool(s).</source>
        <translation>
            <numerusform>Connecté à %1&#xa0;: %n outil.</numerusform>
            <numerusform>Connecté à %1&#xa0;: %n outils.</numerusform>
        </translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
</context>
<context>
    <name>harness::gui::ServersStep</name>
    <message>
        <source>Tools come from MCP servers. Tick the ones this harness may use; select one to see what it needs and to test it.</source>
        <translation>Les outils viennent de serveurs MCP. Cochez ceux que ce harness peut utiliser&#xa0;; sélectionnez-en un pour voir ce dont il a besoin et le tester.</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Serveurs MCP</translation>
    </message>
    <message>
        <source>Add custom server…</source>
        <translation>Ajouter un serveur personnalisé…</translation>
    </message>
    <message>
        <source>A local program (stdio) or a remote URL (HTTP) that is not in the list</source>
        <translation>Un programme local (stdio) ou une URL distante (HTTP) absent de la liste</translation>
    </message>
    <message>
        <source>Import mcpServers file…</source>
        <translation>Importer un fichier mcpServers…</translation>
    </message>
    <message>
        <source>Add the servers of a claude_desktop_config.json, .cursor/mcp.json or similar file</source>
        <translation>Ajouter les serveurs d’un fichier claude_desktop_config.json, .cursor/mcp.json ou similaire</translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>Importer des serveurs MCP</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Your servers</source>
        <translation>Vos serveurs</translation>
    </message>
    <message>
        <source>Well-known servers</source>
        <translation>Serveurs connus</translation>
    </message>
    <message>
        <source>  (sign-in)</source>
        <translation>  (connexion)</translation>
    </message>
    <message>
        <source>  (key)</source>
        <translation>  (clé)</translation>
    </message>
    <message>
        <source>No server chosen: the model will answer without tools.</source>
        <translation>Aucun serveur choisi&#xa0;: le modèle répondra sans outils.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Choisis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a server to see what it does and what it needs.</source>
        <translation>Sélectionnez un serveur pour voir ce qu’il fait et ce dont il a besoin.</translation>
    </message>
    <message>
        <source>Project page</source>
        <translation>Page du projet</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Exécution&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not installed on this computer; the server cannot start until it is. Test shows how to get it.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas installé sur cet ordinateur&#xa0;; le serveur ne peut pas démarrer sans lui. Tester indique comment l’obtenir.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Rechercher %1</translation>
    </message>
    <message>
        <source>Needs you to sign in: you will do that on the next page, where it can be tested too.</source>
        <translation>Nécessite une connexion&#xa0;: vous la ferez à la page suivante, où vous pourrez aussi le tester.</translation>
    </message>
    <message>
        <source>Needs a key or token: you will enter it on the next page, where it can be tested too.</source>
        <translation>Nécessite une clé ou un jeton&#xa0;: vous le saisirez à la page suivante, où vous pourrez aussi le tester.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No server was added.</source>
        <translation>Aucun serveur n’a été ajouté.</translation>
    </message>
    <message>
        <source>Added and ticked: %1.</source>
        <translation>Ajoutés et cochés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not added: %1: %2</source>
        <translation>Non ajouté&#xa0;: %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>harness::gui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Settings categories</source>
        <translation>Catégories de paramètres</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
</context>
<context>
    <name>harness::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column headers of the keyboard shortcuts table: what the shortcut does, and its keys.</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>harness::gui::Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Démarrer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+K)</source>
        <translation>Rechercher (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Harnesses</source>
        <translation>Harness</translation>
    </message>
    <message>
        <source>Manage harnesses</source>
        <translation>Gérer les harness</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>No conversation mentions &quot;%1&quot;.</source>
        <translation>Aucune conversation ne mentionne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Could not delete the conversation: %1</source>
        <translation>Impossible de supprimer la conversation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <source>Conversation actions</source>
        <translation>Actions sur la conversation</translation>
    </message>
    <message>
        <source>Could not pin the conversation: %1</source>
        <translation>Impossible d’épingler la conversation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::SignInProgress</name>
    <message>
        <source>Continue in your browser</source>
        <translation>Continuer dans votre navigateur</translation>
    </message>
    <message>
        <source>Sign in on the page that opened in your web browser, then come back here. If no page opened, copy this link into your browser:</source>
        <translation>Connectez-vous sur la page qui s’est ouverte dans votre navigateur web, puis revenez ici. Si aucune page ne s’est ouverte, copiez ce lien dans votre navigateur&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Lien de connexion</translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation>Ouverture du navigateur…</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation>Copier le lien de connexion</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
</context>
<context>
    <name>harness::gui::SkillsStep</name>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Optional: who the model is and how it should answer.</source>
        <translation>Facultatif&#xa0;: qui est le modèle et comment il doit répondre.</translation>
    </message>
    <message>
        <source>e.g. You are a careful research assistant. Cite your sources.</source>
        <translation>par ex. Tu es un assistant de recherche rigoureux. Cite tes sources.</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>Nouvelle compétence</translation>
    </message>
    <message>
        <source>e.g. Explains code step by step</source>
        <translation>par ex. Explique le code pas à pas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Ideas:</source>
        <translation>Idées&#xa0;:</translation>
    </message>
    <message>
        <source>Cites its sources</source>
        <translation>Cite ses sources</translation>
    </message>
    <message>
        <source>Asks before changing files</source>
        <translation>Demande avant de modifier des fichiers</translation>
    </message>
    <message>
        <source>Answers concisely</source>
        <translation>Répond de façon concise</translation>
    </message>
    <message>
        <source>Writes tests for code it changes</source>
        <translation>Écrit des tests pour le code qu’il modifie</translation>
    </message>
    <message>
        <source>Suggested prompts</source>
        <translation>Prompts suggérés</translation>
    </message>
    <message>
        <source>Optional: one per line, offered on an empty chat.</source>
        <translation>Facultatif&#xa0;: un par ligne, proposés dans une discussion vide.</translation>
    </message>
    <message>
        <source>Short abilities or rules, each with what it is for, added to the system prompt as a list.</source>
        <translation>Courtes capacités ou règles, chacune avec son usage, ajoutées en liste au prompt système.</translation>
    </message>
    <message>
        <source>What the new skill is for</source>
        <translation>À quoi sert la nouvelle compétence</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Description (facultative)</translation>
    </message>
</context>
<context>
    <name>harness::gui::StoreOpener</name>
    <message>
        <source>Database: %1

Start with a fresh, empty database? The current file is kept next to it under a new name, so nothing is deleted.</source>
        <translation>Base de données&#xa0;: %1

Repartir d’une base de données neuve et vide&#xa0;? Le fichier actuel est conservé à côté sous un nouveau nom&#xa0;: rien n’est supprimé.</translation>
    </message>
    <message>
        <source>Cannot open your conversations</source>
        <translation>Impossible d’ouvrir vos conversations</translation>
    </message>
    <message>
        <source>Start fresh, keep the old file</source>
        <translation>Repartir de zéro, garder l’ancien fichier</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The old database could not be moved aside: %1</source>
        <translation>L’ancienne base de données n’a pas pu être mise de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::SuggestionChips</name>
    <message>
        <source>Ask: %1</source>
        <translation>Demander&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::SyncStatusButton</name>
    <message>
        <source>Signing in…</source>
        <extracomment>Status bar: the app is signing in to the Harness account</extracomment>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Local profile</source>
        <extracomment>Status bar: no account, nothing syncs</extracomment>
        <translation>Profil local</translation>
    </message>
    <message>
        <source>Everything stays on this computer. Click to sign in and sync.</source>
        <translation>Tout reste sur cet ordinateur. Cliquez pour vous connecter et synchroniser.</translation>
    </message>
    <message>
        <source>⚠ Signed out</source>
        <translation>⚠ Déconnecté</translation>
    </message>
    <message>
        <source>%1
Click to sign in again.</source>
        <translation>%1
Cliquez pour vous reconnecter.</translation>
    </message>
    <message>
        <source>✓ Synced</source>
        <translation>✓ Synchronisé</translation>
    </message>
    <message>
        <source>Everything is in sync with your account. Click to sync now.</source>
        <translation>Tout est synchronisé avec votre compte. Cliquez pour synchroniser maintenant.</translation>
    </message>
    <message>
        <source>⟳ Syncing…</source>
        <translation>⟳ Synchronisation…</translation>
    </message>
    <message>
        <source>Sending and receiving changes.</source>
        <translation>Envoi et réception des modifications.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>The sync service cannot be reached: %1
Changes are kept and sync when the connection is back. Click to try now.</source>
        <translation>Le service de synchronisation est injoignable&#xa0;: %1
Les modifications sont conservées et seront synchronisées au retour de la connexion. Cliquez pour réessayer maintenant.</translation>
    </message>
    <message>
        <source>⚠ Sync error</source>
        <translation>⚠ Erreur de synchronisation</translation>
    </message>
    <message>
        <source>%1
Click to try again.</source>
        <translation>%1
Cliquez pour réessayer.</translation>
    </message>
    <message>
        <source>Sync waiting</source>
        <translation>Synchronisation en attente</translation>
    </message>
    <message>
        <source>Choose what to do with the data on this computer. Click to answer.</source>
        <translation>Choisissez quoi faire des données de cet ordinateur. Cliquez pour répondre.</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>Synchronisation désactivée</translation>
    </message>
    <message numerus="yes">
        <source>· %n change(s) waiting</source>
        <extracomment>Status bar: local changes not yet sent to the account</extracomment>
        <translation>
            <numerusform>· %n modification en attente</numerusform>
            <numerusform>· %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation>État de la synchronisation&#xa0;: %1</translation>
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
        <translation>[une image qui n’a pas pu être affichée]</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>Ressource&#xa0;:</translation>
    </message>
    <message>
        <source>[audio: %1]</source>
        <translation>[audio&#xa0;: %1]</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d’autorisation</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Allow this tool to run?</source>
        <translation>Autoriser l’exécution de cet outil&#xa0;?</translation>
    </message>
    <message>
        <source>It may delete or overwrite data.</source>
        <translation>Il peut supprimer ou écraser des données.</translation>
    </message>
    <message>
        <source>It only reads data.</source>
        <translation>Il ne fait que lire des données.</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Autoriser une fois</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Toujours autoriser</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
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
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>harness::gui::ToolSettings</name>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>When a model wants to use a tool of an MCP server. Choices made for a harness, a server or a single tool in the harness manager, and &quot;always&quot; answers to a prompt, come first.</source>
        <translation>Quand un modèle veut utiliser un outil d’un serveur MCP. Les choix faits pour un harness, un serveur ou un outil dans le gestionnaire de harness, et les réponses «&#xa0;toujours&#xa0;» à une question, passent en premier.</translation>
    </message>
    <message>
        <source>Allow read-only tools automatically, ask for the others</source>
        <translation>Autoriser automatiquement les outils en lecture seule, demander pour les autres</translation>
    </message>
    <message>
        <source>Tools their server marks as read-only run at once; anything that could change something asks first. Recommended.</source>
        <translation>Les outils que leur serveur marque en lecture seule s’exécutent aussitôt&#xa0;; tout ce qui pourrait modifier quelque chose demande d’abord. Recommandé.</translation>
    </message>
    <message>
        <source>Ask before every tool call</source>
        <translation>Demander avant chaque appel d’outil</translation>
    </message>
    <message>
        <source>You approve each call, read-only or not.</source>
        <translation>Vous approuvez chaque appel, en lecture seule ou non.</translation>
    </message>
    <message>
        <source>Run every tool without asking</source>
        <translation>Exécuter tous les outils sans demander</translation>
    </message>
    <message>
        <source>Only for servers you fully trust: a tool may change files, send messages or spend money.</source>
        <translation>Seulement pour les serveurs de toute confiance&#xa0;: un outil peut modifier des fichiers, envoyer des messages ou dépenser de l’argent.</translation>
    </message>
    <message>
        <source>Never run tools</source>
        <translation>Ne jamais exécuter d’outils</translation>
    </message>
    <message>
        <source>Models answer without tools, except where you allowed a tool explicitly.</source>
        <translation>Les modèles répondent sans outils, sauf là où vous avez explicitement autorisé un outil.</translation>
    </message>
</context>
<context>
    <name>harness::gui::UndoBar</name>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Bring the conversation back</source>
        <translation>Récupérer la conversation</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <extracomment>Shown under the conversation list after a delete, next to the Undo button.</extracomment>
        <translation>«&#xa0;%1&#xa0;» supprimée</translation>
    </message>
</context>
<context>
    <name>harness::gui::WelcomePage</name>
    <message>
        <source>Welcome to Harness Desktop</source>
        <translation>Bienvenue dans Harness Desktop</translation>
    </message>
    <message>
        <source>Chat with AI agents that can use your tools. How would you like to start?</source>
        <translation>Discutez avec des agents d’IA capables d’utiliser vos outils. Comment voulez-vous commencer&#xa0;?</translation>
    </message>
    <message>
        <source>Sign in to Harness</source>
        <translation>Se connecter à Harness</translation>
    </message>
    <message>
        <source>Your harnesses and conversations stay in sync with the Harness web app and your other computers. Sign-in happens in your web browser.</source>
        <translation>Vos harness et vos conversations restent synchronisés avec l’application web Harness et vos autres ordinateurs. La connexion se fait dans votre navigateur web.</translation>
    </message>
    <message>
        <source>Use without an account</source>
        <translation>Utiliser sans compte</translation>
    </message>
    <message>
        <source>Everything works and stays on this computer; nothing is synced. You can sign in later in Settings.</source>
        <translation>Tout fonctionne et reste sur cet ordinateur&#xa0;; rien n’est synchronisé. Vous pourrez vous connecter plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Open the sign-in settings</source>
        <translation>Ouvrir les paramètres de connexion</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Harness Desktop: chat with LLM agents.</source>
        <translation>Harness Desktop&#xa0;: discutez avec des agents LLM.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Keep conversations in DIR (default: $HARNESS_DATA_DIR, else the folder chosen with Move data… in Settings, else the platform&apos;s data folder).</source>
        <translation>Garder les conversations dans DIR (par défaut : $HARNESS_DATA_DIR, sinon le dossier choisi avec « Déplacer les données… » dans les Paramètres, sinon le dossier de données de la plateforme).</translation>
    </message>
</context>
</TS>
