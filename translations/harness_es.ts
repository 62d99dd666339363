<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountConfiguration</name>
    <message>
        <source>No sign-in service is configured. Enter its issuer URL under Settings &gt; Account &gt; Advanced.</source>
        <translation>No hay ningún servicio de inicio de sesión configurado. Escribe la URL de su emisor en Ajustes &gt; Cuenta &gt; Avanzado.</translation>
    </message>
    <message>
        <source>The issuer URL &quot;%1&quot; is not usable: it must start with https:// (http:// only for this computer, e.g. http://127.0.0.1:8080).</source>
        <translation>La URL del emisor «%1» no se puede usar: debe empezar por https:// (http:// solo para este ordenador, p. ej., http://127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>The client id is empty. Enter the desktop app&apos;s client id under Settings &gt; Account &gt; Advanced.</source>
        <translation>El ID de cliente está vacío. Escribe el ID de cliente de la aplicación de escritorio en Ajustes &gt; Cuenta &gt; Avanzado.</translation>
    </message>
    <message>
        <source>No sync service is configured. Enter the Convex deployment URL under Settings &gt; Account &gt; Advanced.</source>
        <translation>No hay ningún servicio de sincronización configurado. Escribe la URL del despliegue de Convex en Ajustes &gt; Cuenta &gt; Avanzado.</translation>
    </message>
    <message>
        <source>The deployment URL &quot;%1&quot; is not usable: it must start with https:// (http:// only for this computer).</source>
        <translation>La URL del despliegue «%1» no se puede usar: debe empezar por https:// (http:// solo para este ordenador).</translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign-in timed out: the browser did not return to the app. Please try again.</source>
        <translation>Se agotó el tiempo de inicio de sesión: el navegador no volvió a la aplicación. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Access was denied in the browser. To sign in, start again and allow access.</source>
        <translation>Se denegó el acceso en el navegador. Para iniciar sesión, vuelve a empezar y permite el acceso.</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in attempt, so it was rejected for your safety. Please start the sign-in again.</source>
        <translation>El navegador devolvió una respuesta que no corresponde a este intento de inicio de sesión, así que se rechazó por tu seguridad. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached. Check your internet connection and try again.</source>
        <translation>No se pudo contactar con el servicio de inicio de sesión. Comprueba tu conexión a Internet e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The sign-in service answered with an error. Please try again later.</source>
        <translation>El servicio de inicio de sesión respondió con un error. Inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The sign-in settings are incomplete or invalid (issuer URL or client id). Check them in Settings.</source>
        <translation>La configuración de inicio de sesión está incompleta o no es válida (URL del emisor o ID de cliente). Revísala en Ajustes.</translation>
    </message>
    <message>
        <source>The sign-in service identified itself as a different issuer than the one configured. Sign-in was stopped; check the issuer URL in Settings.</source>
        <translation>El servicio de inicio de sesión se identificó como un emisor distinto del configurado. Se detuvo el inicio de sesión; revisa la URL del emisor en Ajustes.</translation>
    </message>
    <message>
        <source>The web browser could not be opened for sign-in. Set a default browser and try again.</source>
        <translation>No se pudo abrir el navegador web para iniciar sesión. Configura un navegador predeterminado e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The app could not prepare to receive the sign-in answer (no local port available). Please try again.</source>
        <translation>La aplicación no pudo prepararse para recibir la respuesta del inicio de sesión (no hay ningún puerto local libre). Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The sign-in service returned an identity token that failed verification, so it was rejected. Please try again; if this keeps happening, contact support.</source>
        <translation>El servicio de inicio de sesión devolvió un token de identidad que no superó la verificación, así que se rechazó. Inténtalo de nuevo; si sigue ocurriendo, contacta con el soporte.</translation>
    </message>
    <message>
        <source>The identity token is outside its validity period. Check that your computer&apos;s clock is correct, then sign in again.</source>
        <translation>El token de identidad está fuera de su periodo de validez. Comprueba que el reloj del ordenador sea correcto y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Tu sesión ha caducado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in or removed from the system keychain.</source>
        <translation>No se pudo guardar tu sesión en el llavero del sistema ni eliminarla de él.</translation>
    </message>
</context>
<context>
    <name>ChatError</name>
    <message>
        <source>The model provider</source>
        <translation>El proveedor del modelo</translation>
    </message>
    <message>
        <source>%1 rejected the API key. Fix the key in Settings.</source>
        <translation>%1 rechazó la clave de API. Corrige la clave en Ajustes.</translation>
    </message>
    <message>
        <source>Your %1 account is out of credits. Add credits or pick a cheaper model.</source>
        <translation>Tu cuenta de %1 no tiene créditos. Añade créditos o elige un modelo más barato.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is rate limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 está limitando las solicitudes. Inténtalo de nuevo dentro de %n segundo.</numerusform>
            <numerusform>%1 está limitando las solicitudes. Inténtalo de nuevo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is rate limiting requests. Wait a moment and try again.</source>
        <translation>%1 está limitando las solicitudes. Espera un momento e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2). Try again later.</source>
        <translation>%1 tuvo un error del servidor (HTTP %2). Inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2). Check the model and its settings.</source>
        <translation>%1 rechazó la solicitud (HTTP %2). Revisa el modelo y su configuración.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your connection and the provider&apos;s base URL.</source>
        <translation>No se pudo contactar con %1. Comprueba tu conexión y la URL base del proveedor.</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent nothing for %n second(s), so the answer was cut off. The partial answer was kept.</source>
        <translation>
            <numerusform>%1 no envió nada durante %n segundo, así que la respuesta se cortó. Se conservó la parte recibida.</numerusform>
            <numerusform>%1 no envió nada durante %n segundos, así que la respuesta se cortó. Se conservó la parte recibida.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reported an error while answering. The partial answer was kept.</source>
        <translation>%1 informó de un error al responder. Se conservó la parte recibida.</translation>
    </message>
    <message>
        <source>The connection to %1 dropped before the answer was complete. The partial answer was kept.</source>
        <translation>La conexión con %1 se cortó antes de completar la respuesta. Se conservó la parte recibida.</translation>
    </message>
    <message>
        <source>%1 sent a response that could not be read. The partial answer was kept.</source>
        <translation>%1 envió una respuesta que no se pudo leer. Se conservó la parte recibida.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>(%1 says: %2)</source>
        <translation>(%1 dice: %2)</translation>
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
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
</context>
<context>
    <name>HarnessDraft</name>
    <message>
        <source>Give the harness a name.</source>
        <translation>Ponle un nombre al harness.</translation>
    </message>
    <message>
        <source>Choose a model, e.g. anthropic/claude-sonnet-4 or openai/gpt-4o.</source>
        <translation>Elige un modelo, p. ej., anthropic/claude-sonnet-4 u openai/gpt-4o.</translation>
    </message>
    <message>
        <source>A model id has no spaces, e.g. anthropic/claude-sonnet-4.</source>
        <translation>Un ID de modelo no tiene espacios, p. ej., anthropic/claude-sonnet-4.</translation>
    </message>
</context>
<context>
    <name>JsonRpcSession</name>
    <message>
        <source>The server did not answer &quot;%1&quot; within %2 seconds.</source>
        <translation>El servidor no respondió a «%1» en %2 segundos.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>LocalDataQuestion</name>
    <message numerus="yes">
        <source>This device holds %n item(s) (harnesses, conversations, messages, settings) of another Harness account.

Upload them to %1, keep them on this device only (never synced), or remove them from this device?</source>
        <translation>
            <numerusform>Este dispositivo contiene %n elemento (harness, conversaciones, mensajes, ajustes) de otra cuenta de Harness.

¿Subirlo a %1, conservarlo solo en este dispositivo (sin sincronizar nunca) o quitarlo de este dispositivo?</numerusform>
            <numerusform>Este dispositivo contiene %n elementos (harness, conversaciones, mensajes, ajustes) de otra cuenta de Harness.

¿Subirlos a %1, conservarlos solo en este dispositivo (sin sincronizar nunca) o quitarlos de este dispositivo?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This device holds %n item(s) (harnesses, conversations, messages, settings) created without an account.

Upload them to %1 so they appear on the web and your other devices, keep them on this device only (never synced), or remove them from this device?</source>
        <translation>
            <numerusform>Este dispositivo contiene %n elemento (harness, conversaciones, mensajes, ajustes) creado sin cuenta.

¿Subirlo a %1 para que aparezca en la web y en tus otros dispositivos, conservarlo solo en este dispositivo (sin sincronizar nunca) o quitarlo de este dispositivo?</numerusform>
            <numerusform>Este dispositivo contiene %n elementos (harness, conversaciones, mensajes, ajustes) creados sin cuenta.

¿Subirlos a %1 para que aparezcan en la web y en tus otros dispositivos, conservarlos solo en este dispositivo (sin sincronizar nunca) o quitarlos de este dispositivo?</numerusform>
        </translation>
    </message>
    <message>
        <source>Data on this device</source>
        <translation>Datos de este dispositivo</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Keep on this device only</source>
        <translation>Conservar solo en este dispositivo</translation>
    </message>
    <message>
        <source>Remove from this device</source>
        <translation>Quitar de este dispositivo</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
</context>
<context>
    <name>McpServerCatalog</name>
    <message>
        <source>%1 needs a value for &quot;%2&quot;.</source>
        <translation>%1 necesita un valor para «%2».</translation>
    </message>
</context>
<context>
    <name>McpServerConfig</name>
    <message>
        <source>The MCP server has no name. Give it a name.</source>
        <translation>El servidor MCP no tiene nombre. Ponle un nombre.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; has no command. Enter the program to start, for example &quot;npx&quot;.</source>
        <translation>El servidor MCP «%1» no tiene comando. Escribe el programa que se debe iniciar, por ejemplo «npx».</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; has no valid URL. Enter an address such as https://example.com/mcp.</source>
        <translation>El servidor MCP «%1» no tiene una URL válida. Escribe una dirección como https://example.com/mcp.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; uses the URL scheme &quot;%2&quot;; only http and https are supported.</source>
        <translation>El servidor MCP «%1» usa el esquema de URL «%2»; solo se admiten http y https.</translation>
    </message>
</context>
<context>
    <name>McpServerProbe</name>
    <message>
        <source>Install Node.js (https://nodejs.org), which provides npx, then test again.</source>
        <translation>Instala Node.js (https://nodejs.org), que incluye npx, y vuelve a probar.</translation>
    </message>
    <message>
        <source>Install uv (https://docs.astral.sh/uv/), which provides uvx, then test again.</source>
        <translation>Instala uv (https://docs.astral.sh/uv/), que incluye uvx, y vuelve a probar.</translation>
    </message>
    <message>
        <source>Install Docker (https://docs.docker.com/get-docker/), then test again.</source>
        <translation>Instala Docker (https://docs.docker.com/get-docker/) y vuelve a probar.</translation>
    </message>
    <message>
        <source>Install it, or enter the full path of the program.</source>
        <translation>Instálalo o escribe la ruta completa del programa.</translation>
    </message>
    <message numerus="yes">
        <source>MCP server &quot;%1&quot; did not answer within %n second(s). Check that the command or URL is right; a server fetched by npx or uvx may need longer the first time.</source>
        <translation>
            <numerusform>El servidor MCP «%1» no respondió en %n segundo. Comprueba que el comando o la URL sean correctos; un servidor descargado con npx o uvx puede tardar más la primera vez.</numerusform>
            <numerusform>El servidor MCP «%1» no respondió en %n segundos. Comprueba que el comando o la URL sean correctos; un servidor descargado con npx o uvx puede tardar más la primera vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; did not answer in time. Check that the command or URL is right.</source>
        <translation>El servidor MCP «%1» no respondió a tiempo. Comprueba que el comando o la URL sean correctos.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; of MCP server &quot;%2&quot; was not found. %3</source>
        <translation>No se encontró el comando «%1» del servidor MCP «%2». %3</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Se canceló la prueba.</translation>
    </message>
</context>
<context>
    <name>McpToolCall</name>
    <message>
        <source>The user stopped the tool call.</source>
        <translation>El usuario detuvo la llamada a la herramienta.</translation>
    </message>
</context>
<context>
    <name>ModelStep</name>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
</context>
<context>
    <name>harness::cli</name>
    <message>
        <source>no harness named &quot;%1&quot;. `harness-cli harnesses list` shows them.</source>
        <translation>no hay ningún harness llamado «%1». `harness-cli harnesses list` los muestra.</translation>
    </message>
    <message>
        <source>no harness yet: create one in the Harness Desktop app, or pass --model ID (e.g. --model openai/gpt-4o).</source>
        <translation>todavía no hay ningún harness: crea uno en la aplicación Harness Desktop o indica --model ID (p. ej., --model openai/gpt-4o).</translation>
    </message>
    <message>
        <source>Ask a harness; the answer streams to stdout and is saved.</source>
        <translation>Preguntar a un harness; la respuesta se transmite a stdout y se guarda.</translation>
    </message>
    <message>
        <source>Harness to use.</source>
        <translation>Harness que se usará.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Model id (overrides the harness&apos;s).</source>
        <translation>ID del modelo (sustituye al del harness).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Continue this conversation (id or unique prefix).</source>
        <translation>Continuar esta conversación (ID o un prefijo único).</translation>
    </message>
    <message>
        <source>Answer the conversation again as it stands (after a failed or interrupted answer); needs --conversation and no prompt.</source>
        <translation>Volver a responder la conversación tal como está (tras una respuesta fallida o interrumpida); requiere --conversation y ningún prompt.</translation>
    </message>
    <message>
        <source>Give up when the stream is silent this long (seconds, default 60).</source>
        <translation>Abandonar cuando el flujo esté en silencio durante este tiempo (segundos, 60 por defecto).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The message, or - to read it from stdin.</source>
        <translation>El mensaje, o - para leerlo de stdin.</translation>
    </message>
    <message>
        <source>cannot read the prompt from stdin.</source>
        <translation>no se puede leer el prompt de stdin.</translation>
    </message>
    <message>
        <source>--retry answers an existing conversation: give --conversation ID and no prompt.</source>
        <translation>--retry responde a una conversación existente: indica --conversation ID y ningún prompt.</translation>
    </message>
    <message>
        <source>give a prompt, e.g. harness-cli chat &quot;Hello&quot;, or - to read stdin.</source>
        <translation>indica un prompt, p. ej., harness-cli chat &quot;Hola&quot;, o - para leer stdin.</translation>
    </message>
    <message>
        <source>--stall-timeout needs a positive number of seconds.</source>
        <translation>--stall-timeout necesita un número de segundos positivo.</translation>
    </message>
    <message>
        <source>no conversation with id &quot;%1&quot;.</source>
        <translation>no hay ninguna conversación con el ID «%1».</translation>
    </message>
    <message>
        <source>[tools unavailable] %1</source>
        <translation>[herramientas no disponibles] %1</translation>
    </message>
    <message>
        <source>stopped; the partial answer is saved.</source>
        <translation>detenido; la parte recibida de la respuesta está guardada.</translation>
    </message>
    <message>
        <source>(conversation %1)</source>
        <translation>(conversación %1)</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Uso: %1 %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>List conversations, pinned first, then newest first.</source>
        <translation>Listar las conversaciones, primero las fijadas y después las más recientes.</translation>
    </message>
    <message>
        <source>Show at most N (default 50).</source>
        <translation>Mostrar como máximo N (50 por defecto).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Include archived conversations.</source>
        <translation>Incluir las conversaciones archivadas.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar JSON.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit necesita un número positivo.</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Todavía no hay conversaciones.</translation>
    </message>
    <message>
        <source>ID        LAST MESSAGE      TITLE</source>
        <translation>ID        ÚLTIMO MENSAJE    TÍTULO</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>[pinned] %1</source>
        <translation>[fijada] %1</translation>
    </message>
    <message>
        <source>Print one conversation with all its messages (ID may be a unique prefix).</source>
        <translation>Mostrar una conversación con todos sus mensajes (ID puede ser un prefijo único).</translation>
    </message>
    <message>
        <source>Conversation id or a unique prefix of it.</source>
        <translation>ID de la conversación o un prefijo único de él.</translation>
    </message>
    <message>
        <source>Usage: harness-cli conversations show ID [--json]</source>
        <translation>Uso: harness-cli conversations show ID [--json]</translation>
    </message>
    <message>
        <source>no conversation with id &quot;%1&quot;. `harness-cli conversations list` shows the ids.</source>
        <translation>no hay ninguna conversación con el ID «%1». `harness-cli conversations list` muestra los ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one conversation; type more of the id.</source>
        <translation>«%1» coincide con más de una conversación; escribe más caracteres del ID.</translation>
    </message>
    <message numerus="yes">
        <source>id %1 · %n message(s)</source>
        <translation>
            <numerusform>id %1 · %n mensaje</numerusform>
            <numerusform>id %1 · %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>List harnesses (model, status, MCP servers), most recently used first.</source>
        <translation>Listar los harness (modelo, estado, servidores MCP), primero los usados más recientemente.</translation>
    </message>
    <message>
        <source>No harnesses yet. Create one in the Harness Desktop app.</source>
        <translation>Todavía no hay harness. Crea uno en la aplicación Harness Desktop.</translation>
    </message>
    <message>
        <source>NAME                  STATUS   SERVERS  MODEL</source>
        <translation>NOMBRE                ESTADO   SERVID.  MODELO</translation>
    </message>
    <message>
        <source>Usage: harness-cli [--data-dir DIR] &lt;command&gt; [arguments]

Reads and drives the same local store as the Harness Desktop app.

Commands:
</source>
        <translation>Uso: harness-cli [--data-dir DIR] &lt;comando&gt; [argumentos]

Lee y maneja el mismo almacén local que la aplicación Harness Desktop.

Comandos:
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
Opciones:
  --data-dir DIR   usar el almacén de DIR (por defecto: $HARNESS_DATA_DIR; si no, %1)
  -h, --help       mostrar esta ayuda; `&lt;comando&gt; --help` muestra las opciones de un comando
  -v, --version    mostrar la versión

Códigos de salida: 0 éxito, 1 fallo, 2 argumentos incorrectos, 3 no encontrado, 4 base de datos inutilizable (dañada, bloqueada o más reciente).
</translation>
    </message>
    <message>
        <source>Data directory.</source>
        <translation>Carpeta de datos.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Mostrar la ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Run harness-cli --help for the list.</source>
        <translation>comando desconocido «%1». Ejecuta harness-cli --help para ver la lista.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>skipped &quot;%1&quot;: %2</source>
        <translation>se omitió «%1»: %2</translation>
    </message>
    <message>
        <source>Start the MCP servers and list their tools (a broken server is reported, the others still listed).</source>
        <translation>Iniciar los servidores MCP y listar sus herramientas (se informa de un servidor averiado y los demás se listan igualmente).</translation>
    </message>
    <message>
        <source>An mcpServers JSON file (Claude Desktop, Cursor) instead of the saved servers.</source>
        <translation>Un archivo JSON mcpServers (Claude Desktop, Cursor) en lugar de los servidores guardados.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>no MCP servers configured. Import some with harness-cli mcp import FILE.</source>
        <translation>no hay servidores MCP configurados. Importa algunos con harness-cli mcp import FILE.</translation>
    </message>
    <message>
        <source>Call one MCP tool and print what the model would get.</source>
        <translation>Llamar a una herramienta MCP y mostrar lo que recibiría el modelo.</translation>
    </message>
    <message>
        <source>An mcpServers JSON file.</source>
        <translation>Un archivo JSON mcpServers.</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp call SERVER TOOL [JSON]</source>
        <translation>Uso: harness-cli mcp call SERVER TOOL [JSON]</translation>
    </message>
    <message>
        <source>the arguments must be a JSON object: %1</source>
        <translation>los argumentos deben ser un objeto JSON: %1</translation>
    </message>
    <message>
        <source>no MCP server named &quot;%1&quot;.</source>
        <translation>no hay ningún servidor MCP llamado «%1».</translation>
    </message>
    <message>
        <source>progress %1%2 %3</source>
        <translation>progreso %1%2 %3</translation>
    </message>
    <message>
        <source>Save the servers of an mcpServers JSON file (tokens go to the keychain).</source>
        <translation>Guardar los servidores de un archivo JSON mcpServers (los tokens van al llavero).</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp import FILE</source>
        <translation>Uso: harness-cli mcp import FILE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved, but its token is not: %2</source>
        <translation>«%1» está guardado, pero su token no: %2</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>The client the official MCP conformance suite runs (scenario from $MCP_CONFORMANCE_SCENARIO).</source>
        <translation>El cliente que ejecuta la batería oficial de pruebas de conformidad de MCP (escenario de $MCP_CONFORMANCE_SCENARIO).</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp conformance URL</source>
        <translation>Uso: harness-cli mcp conformance URL</translation>
    </message>
    <message>
        <source>List the provider&apos;s models (cached; --refresh fetches them again).</source>
        <translation>Listar los modelos del proveedor (en caché; --refresh los vuelve a descargar).</translation>
    </message>
    <message>
        <source>Fetch the list from the provider.</source>
        <translation>Descargar la lista del proveedor.</translation>
    </message>
    <message>
        <source>Only models whose id or name contains TEXT.</source>
        <translation>Solo los modelos cuyo ID o nombre contenga TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>warning: the model list could not be cached: %1</source>
        <translation>aviso: no se pudo guardar la lista de modelos en caché: %1</translation>
    </message>
    <message>
        <source>MODEL                                        CONTEXT   IN/1M    OUT/1M   TOOLS</source>
        <translation>MODELO                                       CONTEXTO  ENTR/1M  SAL/1M   HERRAM.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No models.</source>
        <translation>No hay modelos.</translation>
    </message>
    <message>
        <source>OpenAI-compatible endpoint, e.g. http://localhost:11434/v1.</source>
        <translation>Endpoint compatible con OpenAI, p. ej., http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the API key from this environment variable.</source>
        <translation>Leer la clave de API de esta variable de entorno.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>--base-url must be an http(s) URL, e.g. http://localhost:11434/v1.</source>
        <translation>--base-url debe ser una URL http(s), p. ej., http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set or empty.</source>
        <translation>la variable de entorno %1 no está definida o está vacía.</translation>
    </message>
    <message>
        <source>Full-text search over conversation titles and messages.</source>
        <translation>Búsqueda de texto completo en los títulos y mensajes de las conversaciones.</translation>
    </message>
    <message>
        <source>Show at most N message hits (default 20).</source>
        <translation>Mostrar como máximo N mensajes encontrados (20 por defecto).</translation>
    </message>
    <message>
        <source>Words to find; the last may be a prefix.</source>
        <translation>Palabras que buscar; la última puede ser un prefijo.</translation>
    </message>
    <message>
        <source>give some words to search for, e.g. harness-cli search &quot;rust lifetimes&quot;</source>
        <translation>indica palabras que buscar, p. ej., harness-cli search &quot;rust lifetimes&quot;</translation>
    </message>
    <message>
        <source>No matches for &quot;%1&quot;.</source>
        <translation>No hay resultados para «%1».</translation>
    </message>
    <message>
        <source>Allow every tool call without asking (tools whose stored policy is &quot;never&quot; stay denied).</source>
        <translation>Permitir todas las llamadas a herramientas sin preguntar (las herramientas cuya regla guardada es «never» siguen denegadas).</translation>
    </message>
    <message>
        <source>Write the saved servers as an mcpServers JSON file (never their tokens).</source>
        <translation>Escribir los servidores guardados como archivo JSON mcpServers (nunca sus tokens).</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>Escribir en FILE en lugar de stdout.</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp export [--output FILE]</source>
        <translation>Uso: harness-cli mcp export [--output FILE]</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: its access token is not exported (it stays in the keychain); enter it again after importing.</source>
        <translation>«%1»: su token de acceso no se exporta (se queda en el llavero); vuelve a escribirlo después de importar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: its OAuth sign-in is not exported; you sign in again after importing.</source>
        <translation>«%1»: su inicio de sesión OAuth no se exporta; tendrás que volver a iniciar sesión después de importar.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>exported %n server(s) to %1</source>
        <translation>
            <numerusform>%n servidor exportado a %1</numerusform>
            <numerusform>%n servidores exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only for this harness (name or id).</source>
        <translation>Solo para este harness (nombre o ID).</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Only for this MCP server (name or id).</source>
        <translation>Solo para este servidor MCP (nombre o ID).</translation>
    </message>
    <message>
        <source>Only for this tool of the server (needs --server).</source>
        <translation>Solo para esta herramienta del servidor (requiere --server).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>no saved MCP server named &quot;%1&quot;. `harness-cli mcp tools` lists them.</source>
        <translation>no hay ningún servidor MCP guardado llamado «%1». `harness-cli mcp tools` los lista.</translation>
    </message>
    <message>
        <source>--tool needs --server: a tool name means something only on its server.</source>
        <translation>--tool requiere --server: un nombre de herramienta solo tiene sentido en su servidor.</translation>
    </message>
    <message>
        <source>List the stored tool approval rules (the most specific rule wins).</source>
        <translation>Listar las reglas de aprobación de herramientas guardadas (gana la regla más específica).</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(todas)</translation>
    </message>
    <message>
        <source>(deleted harness %1)</source>
        <translation>(harness eliminado %1)</translation>
    </message>
    <message>
        <source>(deleted server %1)</source>
        <translation>(servidor eliminado %1)</translation>
    </message>
    <message>
        <source>No tool policies: read-only tools run, every other tool is asked about.</source>
        <translation>No hay reglas de herramientas: las herramientas de solo lectura se ejecutan y por las demás se pregunta.</translation>
    </message>
    <message>
        <source>HARNESS</source>
        <translation>HARNESS</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVIDOR</translation>
    </message>
    <message>
        <source>TOOL</source>
        <translation>HERRAMIENTA</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>REGLA</translation>
    </message>
    <message>
        <source>Store whether tools run without asking (always), are asked about (ask) or never run; without options for every tool.</source>
        <translation>Guardar si las herramientas se ejecutan sin preguntar (always), si se pregunta (ask) o si nunca se ejecutan (never); sin opciones, para todas las herramientas.</translation>
    </message>
    <message>
        <source>ask, always or never.</source>
        <translation>ask, always o never.</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp policy set [--harness H] [--server S] [--tool T] ask|always|never</source>
        <translation>Uso: harness-cli mcp policy set [--harness H] [--server S] [--tool T] ask|always|never</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>%1 establecido</translation>
    </message>
    <message>
        <source>Remove the tool approval rule of exactly this scope.</source>
        <translation>Quitar la regla de aprobación de exactamente este ámbito.</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp policy unset [--harness H] [--server S] [--tool T]</source>
        <translation>Uso: harness-cli mcp policy unset [--harness H] [--server S] [--tool T]</translation>
    </message>
    <message>
        <source>no tool policy with exactly this scope; `harness-cli mcp policy list` shows them.</source>
        <translation>no hay ninguna regla de herramienta con exactamente este ámbito; `harness-cli mcp policy list` las muestra.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>An MCP server asks you to sign in. Open this address in a browser on this computer:
  %1
</source>
        <translation>Un servidor MCP te pide que inicies sesión. Abre esta dirección en un navegador de este ordenador:
  %1
</translation>
    </message>
    <message>
        <source>Export one conversation as Markdown or JSON (to stdout or a file).</source>
        <translation>Exportar una conversación como Markdown o JSON (a stdout o a un archivo).</translation>
    </message>
    <message>
        <source>md (default) or json.</source>
        <translation>md (por defecto) o json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Usage: harness-cli conversations export ID [--format md|json] [--output FILE]</source>
        <translation>Uso: harness-cli conversations export ID [--format md|json] [--output FILE]</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use --format md or --format json.</source>
        <translation>formato desconocido «%1»: usa --format md o --format json.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>not signed in: this data directory uses no Harness account (sign in in the app)</source>
        <translation>sin sesión: esta carpeta de datos no usa ninguna cuenta de Harness (inicia sesión en la aplicación)</translation>
    </message>
    <message>
        <source>signing in took too long (the keychain or %1 did not answer)</source>
        <translation>el inicio de sesión tardó demasiado (el llavero o %1 no respondió)</translation>
    </message>
    <message>
        <source>not signed in: sign in again in the app</source>
        <translation>sin sesión: vuelve a iniciar sesión en la aplicación</translation>
    </message>
    <message>
        <source>the sign-in expired and could not be renewed: sign in again in the app</source>
        <translation>la sesión caducó y no se pudo renovar: vuelve a iniciar sesión en la aplicación</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Show the signed-in account, its deployment, changes waiting to sync, the last sync and whether live updates answer.</source>
        <translation>Muestra la cuenta con sesión iniciada, su despliegue, los cambios pendientes de sincronizar, la última sincronización y si responden las actualizaciones en vivo.</translation>
    </message>
    <message>
        <source>Wait at most SECONDS for the account (default 20).</source>
        <translation>Esperar a la cuenta como mucho SEGUNDOS (20 por defecto).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>sin respuesta de %1</translation>
    </message>
    <message>
        <source>Account:     %1</source>
        <translation>Cuenta:      %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>sin sesión</translation>
    </message>
    <message>
        <source>Deployment:  %1</source>
        <translation>Despliegue:  %1</translation>
    </message>
    <message numerus="yes">
        <source>Pending:     %n change(s) not synced yet</source>
        <translation>
            <numerusform>Pendiente:   %n cambio aún sin sincronizar</numerusform>
            <numerusform>Pendiente:   %n cambios aún sin sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync:   %1</source>
        <translation>Última sinc: %1</translation>
    </message>
    <message>
        <source>Live:        %1</source>
        <translation>En vivo:     %1</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>no (%1)</translation>
    </message>
    <message>
        <source>Push local changes to the account and pull its changes, once.</source>
        <translation>Envía los cambios locales a la cuenta y trae los suyos, una vez.</translation>
    </message>
    <message>
        <source>Give up after SECONDS (default 300).</source>
        <translation>Desistir tras SEGUNDOS (300 por defecto).</translation>
    </message>
    <message numerus="yes">
        <source>sync took longer than %n second(s)</source>
        <translation>
            <numerusform>la sincronización tardó más de %n segundo</numerusform>
            <numerusform>la sincronización tardó más de %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s), harness(es) or message(s) on this computer are not in the account yet: open the app and choose whether to upload them</source>
        <translation>
            <numerusform>%n conversación, harness o mensaje de este equipo aún no está en la cuenta: abre la aplicación y elige si subirlo</numerusform>
            <numerusform>%n conversaciones, harnesses o mensajes de este equipo aún no están en la cuenta: abre la aplicación y elige si subirlos</numerusform>
        </translation>
    </message>
    <message>
        <source>the deployment refuses the sign-in: sign in again in the app</source>
        <translation>el despliegue rechaza la sesión: vuelve a iniciar sesión en la aplicación</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>no se puede contactar con %1: %2</translation>
    </message>
    <message>
        <source>Synced with %1.</source>
        <translation>Sincronizado con %1.</translation>
    </message>
</context>
<context>
    <name>harness::cli::TerminalApprovalPolicy</name>
    <message>
        <source>The user denied this call of &quot;%1&quot;.</source>
        <translation>El usuario denegó esta llamada a «%1».</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; needs approval, and stdin is not a terminal to ask on. Pass --yes to allow tools, or allow this one with `%2`.</source>
        <translation>La herramienta «%1» necesita aprobación y stdin no es un terminal donde preguntar. Indica --yes para permitir herramientas o permite esta con `%2`.</translation>
    </message>
    <message>
        <source>Tool call: %1 (server &quot;%2&quot;, tool &quot;%3&quot;)</source>
        <translation>Llamada a herramienta: %1 (servidor «%2», herramienta «%3»)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>destructive: may delete or overwrite data</source>
        <translation>destructiva: puede borrar o sobrescribir datos</translation>
    </message>
    <message>
        <source>may change things</source>
        <translation>puede hacer cambios</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Allow? [y] once / [s] this session / [a] always / [n] deny: </source>
        <extracomment>y, s, a and n are the keys the user types; keep them untranslated</extracomment>
        <translation>¿Permitir? [y] una vez / [s] esta sesión / [a] siempre / [n] denegar: </translation>
    </message>
    <message>
        <source>(This server is not saved, so the answer holds for this run only.)
</source>
        <translation>(Este servidor no está guardado, así que la respuesta solo vale para esta ejecución.)
</translation>
    </message>
</context>
<context>
    <name>harness::cli::TerminalElicitationHandler</name>
    <message>
        <source>yes/no</source>
        <translation>sí/no</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>número entero</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>number or name of a choice</source>
        <translation>número o nombre de una opción</translation>
    </message>
    <message>
        <source>choices separated by commas</source>
        <translation>opciones separadas por comas</translation>
    </message>
    <message>
        <source>harness-cli: MCP server &quot;%1&quot; asked for input (&quot;%2&quot;); declined because stdin is not a terminal.
</source>
        <translation>harness-cli: el servidor MCP «%1» pidió datos («%2»); se rechazó porque stdin no es un terminal.
</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; asks:</source>
        <translation>El servidor MCP «%1» pregunta:</translation>
    </message>
    <message>
        <source>(Enter keeps the [default]; &quot;-&quot; leaves an optional field empty; Ctrl-D cancels.)</source>
        <translation>(Intro mantiene el [valor predeterminado]; «-» deja vacío un campo opcional; Ctrl-D cancela.)</translation>
    </message>
    <message>
        <source>(These fields cannot be filled in here: %1)</source>
        <translation>(Estos campos no se pueden rellenar aquí: %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>«%1» es obligatorio.</translation>
    </message>
    <message>
        <source>Send? [a] accept / [d] decline / [c] cancel: </source>
        <extracomment>a, d and c are the keys the user types; keep them untranslated</extracomment>
        <translation>¿Enviar? [a] aceptar / [d] rechazar / [c] cancelar: </translation>
    </message>
</context>
<context>
    <name>harness::core::AccountService</name>
    <message>
        <source>Sign out before changing where the account signs in and syncs.</source>
        <translation>Cierra la sesión antes de cambiar dónde inicia sesión y se sincroniza la cuenta.</translation>
    </message>
    <message>
        <source>No web browser is available to sign in.</source>
        <translation>No hay ningún navegador web disponible para iniciar sesión.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Esperando a que inicies sesión en el navegador…</translation>
    </message>
    <message>
        <source>No account chosen yet</source>
        <translation>Todavía no se ha elegido ninguna cuenta</translation>
    </message>
    <message>
        <source>Local profile: not syncing</source>
        <translation>Perfil local: sin sincronización</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Signed out: %1</source>
        <translation>Sesión cerrada: %1</translation>
    </message>
    <message>
        <source>Signed out: sign in to sync again</source>
        <translation>Sesión cerrada: inicia sesión para volver a sincronizar</translation>
    </message>
</context>
<context>
    <name>harness::core::AgentRun</name>
    <message>
        <source>No model provider is set up.</source>
        <translation>No hay ningún proveedor de modelos configurado.</translation>
    </message>
    <message>
        <source>The answer was cut off at the model&apos;s output limit.</source>
        <translation>La respuesta se cortó al llegar al límite de salida del modelo.</translation>
    </message>
    <message>
        <source>Error: there is no tool named &quot;%1&quot;. Available tools: %2.</source>
        <translation>Error: no hay ninguna herramienta llamada «%1». Herramientas disponibles: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Error: the arguments for tool &quot;%1&quot; were not valid JSON, so the tool was not called. Received: %2. Send a single JSON object that matches the tool&apos;s input schema.</source>
        <translation>Error: los argumentos de la herramienta «%1» no eran JSON válido, así que no se llamó a la herramienta. Recibido: %2. Envía un único objeto JSON que cumpla el esquema de entrada de la herramienta.</translation>
    </message>
    <message>
        <source>Error: the tool could not be started.</source>
        <translation>Error: no se pudo iniciar la herramienta.</translation>
    </message>
    <message>
        <source>The user did not allow the tool &quot;%1&quot; to run.</source>
        <translation>El usuario no permitió que se ejecutara la herramienta «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n round(s) of tool calls: the harness allows at most that many per answer. Raise the limit in the harness settings, or ask the model to continue.</source>
        <translation>
            <numerusform>Detenido tras %n ronda de llamadas a herramientas: el harness no permite más por respuesta. Sube el límite en la configuración del harness o pide al modelo que continúe.</numerusform>
            <numerusform>Detenido tras %n rondas de llamadas a herramientas: el harness no permite más por respuesta. Sube el límite en la configuración del harness o pide al modelo que continúe.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user stopped the answer before this tool call finished.</source>
        <translation>El usuario detuvo la respuesta antes de que terminara esta llamada a herramienta.</translation>
    </message>
</context>
<context>
    <name>harness::core::ChatService</name>
    <message>
        <source>The harness &quot;%1&quot; has no model. Choose one in the harness settings, then try again.</source>
        <translation>El harness «%1» no tiene modelo. Elige uno en la configuración del harness e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>harness::core::ChatStream</name>
    <message>
        <source>unreadable chunk: %1</source>
        <translation>fragmento ilegible: %1</translation>
    </message>
    <message>
        <source>unexpected body: %1</source>
        <translation>contenido inesperado: %1</translation>
    </message>
</context>
<context>
    <name>harness::core::ConversationExport</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>Llamada a herramienta</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[imagen: %1]</translation>
    </message>
    <message>
        <source>Resource: &lt;%1&gt;</source>
        <translation>Recurso: &lt;%1&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 de entrada, %2 de salida</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversación sin título</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
</context>
<context>
    <name>harness::core::ConversationListModel</name>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>%1, answering</source>
        <extracomment>Screen reader text of a sidebar row whose answer is streaming; %1 is the title.</extracomment>
        <translation>%1, respondiendo</translation>
    </message>
    <message>
        <source>%1, unread</source>
        <extracomment>Screen reader text of a sidebar row with an answer not seen yet; %1 is the title.</extracomment>
        <translation>%1, sin leer</translation>
    </message>
</context>
<context>
    <name>harness::core::DataMover</name>
    <message>
        <source>There is not enough free space there: the data needs %1 MB and %2 MB are free. Free some space or choose a folder on another disk.</source>
        <extracomment>%1 and %2 are sizes in megabytes</extracomment>
        <translation>No hay suficiente espacio libre ahí: los datos necesitan %1 MB y hay %2 MB libres. Libera espacio o elige una carpeta en otro disco.</translation>
    </message>
    <message>
        <source>Choose a folder with its full path.</source>
        <translation>Elige una carpeta con su ruta completa.</translation>
    </message>
    <message>
        <source>The data is already in %1.</source>
        <translation>Los datos ya están en %1.</translation>
    </message>
    <message>
        <source>Choose a folder outside the current data folder %1.</source>
        <translation>Elige una carpeta fuera de la carpeta de datos actual %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose an empty folder or a new one.</source>
        <translation>%1 es un archivo, no una carpeta. Elige una carpeta vacía o una nueva.</translation>
    </message>
    <message>
        <source>%1 is not empty. Choose an empty folder or a new one, so nothing there is mixed with your data.</source>
        <translation>%1 no está vacía. Elige una carpeta vacía o una nueva, para que nada se mezcle con tus datos.</translation>
    </message>
    <message>
        <source>The copy could not be opened (%1).</source>
        <translation>No se pudo abrir la copia (%1).</translation>
    </message>
    <message>
        <source>no tables</source>
        <translation>sin tablas</translation>
    </message>
    <message>
        <source>The copy does not match: table %1 has %2 rows here but %3 in the copy.</source>
        <extracomment>%1 is a table name, %2 and %3 row counts</extracomment>
        <translation>La copia no coincide: la tabla %1 tiene %2 filas aquí pero %3 en la copia.</translation>
    </message>
    <message>
        <source>The copy does not match: it has %1 tables instead of %2.</source>
        <translation>La copia no coincide: tiene %1 tablas en lugar de %2.</translation>
    </message>
    <message>
        <source>Could not create %1. Check that you may write there, or choose another folder.</source>
        <translation>No se pudo crear %1. Comprueba que puedes escribir ahí o elige otra carpeta.</translation>
    </message>
    <message>
        <source>Nothing was moved; your data stays in %1.</source>
        <translation>No se movió nada; tus datos siguen en %1.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2). Choose a folder you may write to.</source>
        <translation>No se puede escribir en %1 (%2). Elige una carpeta en la que puedas escribir.</translation>
    </message>
    <message>
        <source>The disk is full: %1.</source>
        <translation>El disco está lleno: %1.</translation>
    </message>
    <message>
        <source>Copying the database failed: %1.</source>
        <translation>Falló la copia de la base de datos: %1.</translation>
    </message>
    <message>
        <source>Could not read the current database to check the copy: %1.</source>
        <translation>No se pudo leer la base de datos actual para comprobar la copia: %1.</translation>
    </message>
    <message>
        <source>Could not copy %1: %2.</source>
        <translation>No se pudo copiar %1: %2.</translation>
    </message>
    <message>
        <source>The copy of %1 is incomplete (is the disk full?).</source>
        <translation>La copia de %1 está incompleta (¿está lleno el disco?).</translation>
    </message>
    <message>
        <source>Could not name the copy %1.</source>
        <translation>No se pudo dar el nombre %1 a la copia.</translation>
    </message>
    <message>
        <source>Could not record the new folder in %1: %2.</source>
        <translation>No se pudo guardar la nueva carpeta en %1: %2.</translation>
    </message>
</context>
<context>
    <name>harness::core::DataPortability</name>
    <message>
        <source>The file is not valid JSON (%1 at byte %2). Nothing was imported.</source>
        <translation>El archivo no es JSON válido (%1 en el byte %2). No se importó nada.</translation>
    </message>
    <message>
        <source>This is not a Harness Desktop export file. Nothing was imported.</source>
        <translation>Este no es un archivo de exportación de Harness Desktop. No se importó nada.</translation>
    </message>
    <message>
        <source>This export was made by a newer Harness Desktop. Update the app, then import it again. Nothing was imported.</source>
        <translation>Esta exportación la hizo una versión más reciente de Harness Desktop. Actualiza la aplicación y vuelve a importarla. No se importó nada.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; was skipped: %2</source>
        <translation>Se omitió el proveedor «%1»: %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; was skipped: %2</source>
        <translation>Se omitió el servidor MCP «%1»: %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; was not updated: %2</source>
        <translation>No se actualizó el servidor MCP «%1»: %2</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; was skipped: %2</source>
        <translation>Se omitió el harness «%1»: %2</translation>
    </message>
    <message>
        <source>A message of &quot;%1&quot; was skipped: its id belongs to another conversation here.</source>
        <translation>Se omitió un mensaje de «%1»: su ID pertenece aquí a otra conversación.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>La importación falló y no se cambió nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n harness(es).</source>
        <translation>
            <numerusform>Se añadió %n harness.</numerusform>
            <numerusform>Se añadieron %n harness.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n harness(es).</source>
        <translation>
            <numerusform>Se actualizó %n harness.</numerusform>
            <numerusform>Se actualizaron %n harness.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n MCP server(s).</source>
        <translation>
            <numerusform>Se añadió %n servidor MCP.</numerusform>
            <numerusform>Se añadieron %n servidores MCP.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n MCP server(s).</source>
        <translation>
            <numerusform>Se actualizó %n servidor MCP.</numerusform>
            <numerusform>Se actualizaron %n servidores MCP.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n provider(s) (their keys are not part of an export).</source>
        <translation>
            <numerusform>Se añadió %n proveedor (sus claves no forman parte de una exportación).</numerusform>
            <numerusform>Se añadieron %n proveedores (sus claves no forman parte de una exportación).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n provider(s).</source>
        <translation>
            <numerusform>Se actualizó %n proveedor.</numerusform>
            <numerusform>Se actualizaron %n proveedores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n conversation(s).</source>
        <translation>
            <numerusform>Se añadió %n conversación.</numerusform>
            <numerusform>Se añadieron %n conversaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n conversation(s).</source>
        <translation>
            <numerusform>Se actualizó %n conversación.</numerusform>
            <numerusform>Se actualizaron %n conversaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n message(s).</source>
        <translation>
            <numerusform>Se añadió %n mensaje.</numerusform>
            <numerusform>Se añadieron %n mensajes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n message(s).</source>
        <translation>
            <numerusform>Se actualizó %n mensaje.</numerusform>
            <numerusform>Se actualizaron %n mensajes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were already here and were left as they are.</source>
        <translation>
            <numerusform>%n elemento ya estaba aquí y se dejó como estaba.</numerusform>
            <numerusform>%n elementos ya estaban aquí y se dejaron como estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings were taken from the file.</source>
        <translation>Se tomaron los ajustes del archivo.</translation>
    </message>
    <message>
        <source>The file held nothing new.</source>
        <translation>El archivo no contenía nada nuevo.</translation>
    </message>
</context>
<context>
    <name>harness::core::DayGroup</name>
    <message>
        <source>Pinned</source>
        <translation>Fijadas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Previous 7 Days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Anteriores</translation>
    </message>
</context>
<context>
    <name>harness::core::GuardedSecretStore</name>
    <message>
        <source>No system keychain is reachable, so secrets cannot be kept safely (%1). Secrets are never saved in plain text. Start a keychain (GNOME Keyring, KWallet) and restart the app, or choose &quot;Keep secrets for this session only&quot; in Settings; they are forgotten when you quit.</source>
        <translation>No se puede acceder a ningún llavero del sistema, así que los secretos no se pueden guardar de forma segura (%1). Los secretos nunca se guardan en texto sin cifrar. Inicia un llavero (GNOME Keyring, KWallet) y reinicia la aplicación, o elige «Conservar los secretos solo durante esta sesión» en Ajustes; se olvidarán al salir.</translation>
    </message>
</context>
<context>
    <name>harness::core::HarnessBuilder</name>
    <message>
        <source>Untitled harness</source>
        <translation>Harness sin título</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; was not saved: no keychain.</source>
        <translation>No se guardó el token de «%1»: no hay llavero.</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; was not saved: %2</source>
        <translation>No se guardó el token de «%1»: %2</translation>
    </message>
    <message>
        <source>The keys of &quot;%1&quot; were not saved: no keychain.</source>
        <translation>No se guardaron las claves de «%1»: no hay llavero.</translation>
    </message>
    <message>
        <source>The keys of &quot;%1&quot; were not saved: %2</source>
        <translation>No se guardaron las claves de «%1»: %2</translation>
    </message>
    <message>
        <source>The sign-in of &quot;%1&quot; was not saved: no keychain.</source>
        <translation>No se guardó el inicio de sesión de «%1»: no hay llavero.</translation>
    </message>
    <message>
        <source>The sign-in of &quot;%1&quot; was not saved: %2</source>
        <translation>No se guardó el inicio de sesión de «%1»: %2</translation>
    </message>
</context>
<context>
    <name>harness::core::HeadlessAuthorizationOpener</name>
    <message>
        <source>The authorization server did not redirect back (HTTP %1).</source>
        <translation>El servidor de autorización no redirigió de vuelta (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>harness::core::HistoryBuilder</name>
    <message>
        <source>The tool call did not complete.</source>
        <translation>La llamada a la herramienta no se completó.</translation>
    </message>
</context>
<context>
    <name>harness::core::KeychainSecretStore</name>
    <message>
        <source>No system keychain is available, so the secret cannot be kept safely. On Linux, install and start a Secret Service provider such as GNOME Keyring or KWallet. (%1)</source>
        <translation>No hay ningún llavero del sistema disponible, así que el secreto no se puede guardar de forma segura. En Linux, instala e inicia un proveedor de Secret Service como GNOME Keyring o KWallet. (%1)</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it and try again. (%1)</source>
        <translation>El llavero del sistema denegó el acceso. Desbloquéalo e inténtalo de nuevo. (%1)</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>El llavero del sistema informó de un error: %1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>harness::core::LegacySseTransport</name>
    <message>
        <source>MCP server &quot;%1&quot; named a message endpoint on another origin (%2); refusing it.</source>
        <translation>El servidor MCP «%1» indicó un endpoint de mensajes en otro origen (%2); se rechaza.</translation>
    </message>
    <message>
        <source>Legacy SSE endpoint: %1</source>
        <translation>Endpoint SSE antiguo: %1</translation>
    </message>
    <message>
        <source>Could not reach MCP server &quot;%1&quot; at %2: %3. Check the URL and that the server is running.</source>
        <translation>No se pudo contactar con el servidor MCP «%1» en %2: %3. Comprueba la URL y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; refused the event stream (HTTP %2). Check the URL and the transport type.</source>
        <translation>El servidor MCP «%1» rechazó el flujo de eventos (HTTP %2). Comprueba la URL y el tipo de transporte.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; closed its event stream.</source>
        <translation>El servidor MCP «%1» cerró su flujo de eventos.</translation>
    </message>
    <message>
        <source>The connection to MCP server &quot;%1&quot; is closed.</source>
        <translation>La conexión con el servidor MCP «%1» está cerrada.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; did not accept a message (HTTP %2: %3).</source>
        <translation>El servidor MCP «%1» no aceptó un mensaje (HTTP %2: %3).</translation>
    </message>
</context>
<context>
    <name>harness::core::LoopbackRedirectListener</name>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Inicio de sesión no completado</translation>
    </message>
    <message>
        <source>You can close this tab and return to %1.</source>
        <translation>Puedes cerrar esta pestaña y volver a %1.</translation>
    </message>
    <message>
        <source>Return to %1 to see what happened and try again.</source>
        <translation>Vuelve a %1 para ver qué ocurrió e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>harness::core::MarkdownRenderer</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>[image] (click to load)</source>
        <translation>[imagen] (haz clic para cargarla)</translation>
    </message>
    <message>
        <source>[image: %1] (click to load)</source>
        <translation>[imagen: %1] (haz clic para cargarla)</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[imagen]</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[imagen: %1]</translation>
    </message>
</context>
<context>
    <name>harness::core::McpAuthorizationGate</name>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; requires sign-in. Set its authentication to OAuth, or enter an access token, in the server settings.</source>
        <translation>El servidor MCP «%1» requiere iniciar sesión. Configura su autenticación como OAuth o escribe un token de acceso en la configuración del servidor.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; still refuses access after signing in again; the account may lack the needed permission (%2).</source>
        <translation>El servidor MCP «%1» sigue denegando el acceso tras volver a iniciar sesión; puede que la cuenta no tenga el permiso necesario (%2).</translation>
    </message>
    <message>
        <source>The server asks for authorization; signing in.</source>
        <translation>El servidor pide autorización; iniciando sesión.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; refused the access token (%2). Check the token, or enter a new one.</source>
        <translation>El servidor MCP «%1» rechazó el token de acceso (%2). Revisa el token o escribe uno nuevo.</translation>
    </message>
</context>
<context>
    <name>harness::core::McpClient</name>
    <message>
        <source>The connection to MCP server &quot;%1&quot; was closed.</source>
        <translation>Se cerró la conexión con el servidor MCP «%1».</translation>
    </message>
    <message>
        <source>The server&apos;s session expired; initializing a new one.</source>
        <translation>La sesión del servidor caducó; se inicia una nueva.</translation>
    </message>
    <message>
        <source>The server does not accept Streamable HTTP; trying the older HTTP+SSE transport.</source>
        <translation>El servidor no acepta Streamable HTTP; se prueba con el transporte HTTP+SSE antiguo.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; did not complete the handshake: %2</source>
        <translation>El servidor MCP «%1» no completó el protocolo de conexión: %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; speaks protocol version &quot;%2&quot;, which Harness does not support (supported: %3). Update the server or Harness.</source>
        <translation>El servidor MCP «%1» usa la versión de protocolo «%2», que Harness no admite (admitidas: %3). Actualiza el servidor o Harness.</translation>
    </message>
    <message>
        <source>Connected to %1 %2 (protocol %3).</source>
        <translation>Conectado a %1 %2 (protocolo %3).</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; could not list its tools: %2</source>
        <translation>El servidor MCP «%1» no pudo listar sus herramientas: %2</translation>
    </message>
    <message>
        <source>Last server output: %1</source>
        <translation>Última salida del servidor: %1</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is stopping.</source>
        <translation>El servidor MCP «%1» se está deteniendo.</translation>
    </message>
    <message>
        <source>Server stopped.</source>
        <translation>Servidor detenido.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is stopping. Start it and try again.</source>
        <translation>El servidor MCP «%1» se está deteniendo. Inícialo e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running. Start it and try again.</source>
        <translation>El servidor MCP «%1» no está en marcha. Inícialo e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; rejected the call to &quot;%2&quot;: %3 (code %4)</source>
        <translation>El servidor MCP «%1» rechazó la llamada a «%2»: %3 (código %4)</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; on MCP server &quot;%2&quot; timed out: %3 Increase the server&apos;s timeout if the tool needs longer.</source>
        <translation>Se agotó el tiempo de la herramienta «%1» del servidor MCP «%2»: %3 Aumenta el tiempo de espera del servidor si la herramienta necesita más.</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; could not run: %2</source>
        <translation>No se pudo ejecutar la herramienta «%1»: %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running.</source>
        <translation>El servidor MCP «%1» no está en marcha.</translation>
    </message>
    <message>
        <source>The server cancelled its request: %1</source>
        <translation>El servidor canceló su solicitud: %1</translation>
    </message>
</context>
<context>
    <name>harness::core::McpCredentialKeeper</name>
    <message>
        <source>Could not remove %1 from %2: %3</source>
        <translation>No se pudo quitar %1 de %2: %3</translation>
    </message>
    <message>
        <source>The saved sign-in of MCP server &quot;%1&quot; is unreadable; sign in again.</source>
        <translation>El inicio de sesión guardado del servidor MCP «%1» no se puede leer; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in of MCP server &quot;%1&quot; could not be saved in %2 (%3); you will be asked to sign in again next time.</source>
        <translation>No se pudo guardar el inicio de sesión del servidor MCP «%1» en %2 (%3); la próxima vez se te pedirá que vuelvas a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>harness::core::McpElicitationForm</name>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>«%1» es obligatorio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be yes or no.</source>
        <translation>«%1» debe ser sí o no.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>«%1» debe ser un número.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>«%1» debe ser un número entero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at least %2.</source>
        <translation>«%1» debe ser como mínimo %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at most %2.</source>
        <translation>«%1» debe ser como máximo %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of the offered choices.</source>
        <translation>«%1» debe ser una de las opciones ofrecidas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of choices.</source>
        <translation>«%1» debe ser una lista de opciones.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must only contain the offered choices.</source>
        <translation>«%1» solo puede contener las opciones ofrecidas.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n item(s) for &quot;%1&quot;.</source>
        <translation>
            <numerusform>Elige al menos %n elemento para «%1».</numerusform>
            <numerusform>Elige al menos %n elementos para «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n item(s) for &quot;%1&quot;.</source>
        <translation>
            <numerusform>Elige como máximo %n elemento para «%1».</numerusform>
            <numerusform>Elige como máximo %n elementos para «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>«%1» debe ser texto.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; needs at least %n character(s).</source>
        <translation>
            <numerusform>«%1» necesita al menos %n carácter.</numerusform>
            <numerusform>«%1» necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; allows at most %n character(s).</source>
        <translation>
            <numerusform>«%1» admite como máximo %n carácter.</numerusform>
            <numerusform>«%1» admite como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an email address, like name@example.com.</source>
        <translation>«%1» debe ser una dirección de correo electrónico, como nombre@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a full address, like https://example.com.</source>
        <translation>«%1» debe ser una dirección completa, como https://example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date like 2025-12-31.</source>
        <translation>«%1» debe ser una fecha como 2025-12-31.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date and time like 2025-12-31T18:30:00Z.</source>
        <translation>«%1» debe ser una fecha y hora como 2025-12-31T18:30:00Z.</translation>
    </message>
    <message>
        <source>Answer yes or no for &quot;%1&quot;.</source>
        <translation>Responde sí o no para «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices for &quot;%2&quot;.</source>
        <translation>«%1» no es una de las opciones de «%2».</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>harness::core::McpOAuth</name>
    <message>
        <source>MCP server %1 requires sign-in, but there is no way to open a browser here.</source>
        <translation>El servidor MCP %1 requiere iniciar sesión, pero aquí no se puede abrir un navegador.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 for the sign-in redirect.</source>
        <translation>No se pudo escuchar en 127.0.0.1 para la redirección del inicio de sesión.</translation>
    </message>
    <message>
        <source>MCP server %1 published authorization metadata for a different resource (%2); refusing to sign in. Check the server URL.</source>
        <translation>El servidor MCP %1 publicó metadatos de autorización para otro recurso (%2); no se inicia sesión. Comprueba la URL del servidor.</translation>
    </message>
    <message>
        <source>The authorization server of %1 does not support automatic client registration. Enter a client ID (and secret) for this server in its settings.</source>
        <translation>El servidor de autorización de %1 no admite el registro automático de clientes. Escribe un ID de cliente (y un secreto) en la configuración de este servidor.</translation>
    </message>
    <message>
        <source>Registering Harness with the authorization server of %1 failed (HTTP %2). Enter a client ID for this server in its settings.</source>
        <translation>No se pudo registrar Harness en el servidor de autorización de %1 (HTTP %2). Escribe un ID de cliente en la configuración de este servidor.</translation>
    </message>
    <message>
        <source>Sign-in for %1 did not complete within 5 minutes. Try again.</source>
        <translation>El inicio de sesión en %1 no se completó en 5 minutos. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Sign-in for %1 was refused: %2 %3</source>
        <translation>Se rechazó el inicio de sesión en %1: %2 %3</translation>
    </message>
    <message>
        <source>The authorization server of %1 did not issue a token (HTTP %2: %3). Try signing in again.</source>
        <translation>El servidor de autorización de %1 no emitió ningún token (HTTP %2: %3). Vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>harness::core::McpServerRegistry</name>
    <message>
        <source>Restarting the server (attempt %1).</source>
        <translation>Reiniciando el servidor (intento %1).</translation>
    </message>
    <message>
        <source>The MCP server &quot;%1&quot; is not configured. Add it in the settings or remove it from the harness.</source>
        <translation>El servidor MCP «%1» no está configurado. Añádelo en la configuración o quítalo del harness.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running. It is restarted automatically; try again in a moment.</source>
        <translation>El servidor MCP «%1» no está en marcha. Se reinicia automáticamente; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>There is no tool named &quot;%1&quot;. Its MCP server may have been removed or may not be running.</source>
        <translation>No hay ninguna herramienta llamada «%1». Puede que su servidor MCP se haya eliminado o no esté en marcha.</translation>
    </message>
    <message numerus="yes">
        <source>The server failed %n time(s) in a row; it will be started again when it is next used.</source>
        <translation>
            <numerusform>El servidor falló %n vez seguida; se volverá a iniciar la próxima vez que se use.</numerusform>
            <numerusform>El servidor falló %n veces seguidas; se volverá a iniciar la próxima vez que se use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::core::McpServersJson</name>
    <message>
        <source>&quot;%1&quot; must be an object of names to text values.</source>
        <translation>«%1» debe ser un objeto que asocie nombres a valores de texto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; value &quot;%2&quot; must be text.</source>
        <translation>El valor «%2» de «%1» debe ser texto.</translation>
    </message>
    <message>
        <source>Unknown server type &quot;%1&quot;; expected stdio, http or sse.</source>
        <translation>Tipo de servidor desconocido «%1»; se esperaba stdio, http o sse.</translation>
    </message>
    <message>
        <source>The entry has both &quot;command&quot; and &quot;url&quot;; keep only one.</source>
        <translation>La entrada tiene «command» y «url» a la vez; deja solo uno.</translation>
    </message>
    <message>
        <source>&quot;command&quot; is missing or not text; it names the program to start.</source>
        <translation>Falta «command» o no es texto; indica el programa que se debe iniciar.</translation>
    </message>
    <message>
        <source>&quot;args&quot; must be a list of text arguments.</source>
        <translation>«args» debe ser una lista de argumentos de texto.</translation>
    </message>
    <message>
        <source>&quot;args&quot; must contain only text arguments.</source>
        <translation>«args» solo puede contener argumentos de texto.</translation>
    </message>
    <message>
        <source>The entry has neither &quot;command&quot; nor &quot;url&quot;; say how to start or reach the server.</source>
        <translation>La entrada no tiene ni «command» ni «url»; indica cómo iniciar o contactar con el servidor.</translation>
    </message>
    <message>
        <source>&quot;url&quot; is not a valid http or https address.</source>
        <translation>«url» no es una dirección http o https válida.</translation>
    </message>
    <message>
        <source>The text is not valid JSON (%1 at position %2). Copy the whole configuration, including the outer braces.</source>
        <translation>El texto no es JSON válido (%1 en la posición %2). Copia toda la configuración, incluidas las llaves exteriores.</translation>
    </message>
    <message>
        <source>Expected a JSON object with an &quot;mcpServers&quot; object.</source>
        <translation>Se esperaba un objeto JSON con un objeto «mcpServers».</translation>
    </message>
    <message>
        <source>No &quot;mcpServers&quot; object found. Expected {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: ...}}}.</source>
        <translation>No se encontró ningún objeto «mcpServers». Se esperaba {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: ...}}}.</translation>
    </message>
    <message>
        <source>The server name is empty.</source>
        <translation>El nombre del servidor está vacío.</translation>
    </message>
    <message>
        <source>The entry is not an object.</source>
        <translation>La entrada no es un objeto.</translation>
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
        <translation>[imagen: %1, %2]</translation>
    </message>
    <message>
        <source>[audio: %1, %2]</source>
        <translation>[audio: %1, %2]</translation>
    </message>
    <message>
        <source>[resource link: %1 &lt;%2&gt;</source>
        <translation>[enlace a recurso: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>[resource %1: %2, %3]</source>
        <translation>[recurso %1: %2, %3]</translation>
    </message>
    <message>
        <source>[resource %1]</source>
        <translation>[recurso %1]</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>harness::core::MemorySecretStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation>memoria, solo para esta sesión</translation>
    </message>
</context>
<context>
    <name>harness::core::MessageRepository</name>
    <message>
        <source>Harness Desktop closed while this answer was streaming. The text received so far is kept; retry or continue it.</source>
        <translation>Harness Desktop se cerró mientras llegaba esta respuesta. Se conserva el texto recibido hasta entonces; reinténtala o continúala.</translation>
    </message>
</context>
<context>
    <name>harness::core::ModelCatalog</name>
    <message>
        <source>not a model list: %1</source>
        <translation>no es una lista de modelos: %1</translation>
    </message>
</context>
<context>
    <name>harness::core::NetworkFailure</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check your connection or proxy, then try again.</source>
        <translation>
            <numerusform>%1 no respondió en %n segundo. Comprueba tu conexión o el proxy e inténtalo de nuevo.</numerusform>
            <numerusform>%1 no respondió en %n segundos. Comprueba tu conexión o el proxy e inténtalo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address for typos and that you are online.</source>
        <translation>No se encontró el nombre de servidor %1. Revisa la dirección por si hay errores y comprueba que tienes conexión.</translation>
    </message>
    <message>
        <source>Nothing is answering at %1. Check the address and port, and that the server is running.</source>
        <translation>No responde nada en %1. Comprueba la dirección y el puerto, y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out. Check your connection or proxy, then try again.</source>
        <translation>Se agotó el tiempo de la conexión con %1. Comprueba tu conexión o el proxy e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again in a moment.</source>
        <translation>%1 cerró la conexión antes de responder. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up. Check the address (https vs. http) and your system&apos;s date and certificates.</source>
        <translation>No se pudo establecer una conexión segura con %1. Revisa la dirección (https o http) y la fecha y los certificados del sistema.</translation>
    </message>
    <message>
        <source>The network proxy could not be used to reach %1. Check Settings &gt; Network.</source>
        <translation>No se pudo usar el proxy de red para llegar a %1. Revisa Ajustes &gt; Red.</translation>
    </message>
    <message>
        <source>The network proxy asks for a user name and password. Enter them in Settings &gt; Network.</source>
        <translation>El proxy de red pide un nombre de usuario y una contraseña. Escríbelos en Ajustes &gt; Red.</translation>
    </message>
    <message>
        <source>This device seems to be offline, so %1 cannot be reached. Connect to the internet and try again.</source>
        <translation>Este dispositivo parece estar sin conexión, así que no se puede llegar a %1. Conéctate a Internet e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The address of %1 must start with http:// or https://.</source>
        <translation>La dirección de %1 debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the address and your connection, then try again.</source>
        <translation>No se pudo contactar con %1. Comprueba la dirección y tu conexión e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>harness::core::NoToolProvider</name>
    <message>
        <source>Tool &quot;%1&quot; is not available.</source>
        <translation>La herramienta «%1» no está disponible.</translation>
    </message>
</context>
<context>
    <name>harness::core::OAuthLoopbackReceiver</name>
    <message>
        <source>&lt;html&gt;&lt;body&gt;&lt;p&gt;Harness Desktop received the sign-in result. You can close this window.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;body&gt;&lt;p&gt;Harness Desktop recibió el resultado del inicio de sesión. Puedes cerrar esta ventana.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
<context>
    <name>harness::core::OpenRouterConnect</name>
    <message>
        <source>OpenRouter did not send you back in time. Click &quot;Connect OpenRouter&quot; to try again.</source>
        <translation>OpenRouter no te devolvió a tiempo. Haz clic en «Conectar OpenRouter» para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Could not open a local port to receive OpenRouter&apos;s answer. Paste a key instead.</source>
        <translation>No se pudo abrir un puerto local para recibir la respuesta de OpenRouter. Pega una clave en su lugar.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address yourself to connect: %1</source>
        <translation>No se pudo abrir ningún navegador web. Abre tú esta dirección para conectar: %1</translation>
    </message>
    <message>
        <source>Connecting OpenRouter was cancelled.</source>
        <translation>Se canceló la conexión con OpenRouter.</translation>
    </message>
    <message>
        <source>OpenRouter sent you back without a code. Try again, or paste a key instead.</source>
        <translation>OpenRouter te devolvió sin un código. Inténtalo de nuevo o pega una clave en su lugar.</translation>
    </message>
    <message>
        <source>OpenRouter did not connect: %1</source>
        <translation>OpenRouter no se conectó: %1</translation>
    </message>
    <message>
        <source>OpenRouter refused to issue a key for this sign-in. Try connecting again.</source>
        <translation>OpenRouter se negó a emitir una clave para este inicio de sesión. Intenta conectar de nuevo.</translation>
    </message>
    <message>
        <source>OpenRouter could not issue a key (HTTP %1). Try again later, or paste a key instead.</source>
        <translation>OpenRouter no pudo emitir una clave (HTTP %1). Inténtalo más tarde o pega una clave en su lugar.</translation>
    </message>
    <message>
        <source>(OpenRouter says: %1)</source>
        <translation>(OpenRouter dice: %1)</translation>
    </message>
</context>
<context>
    <name>harness::core::ProviderAccess</name>
    <message>
        <source>No model provider is set up. Add your OpenRouter key (or another OpenAI-compatible endpoint) in Settings, then try again.</source>
        <translation>No hay ningún proveedor de modelos configurado. Añade tu clave de OpenRouter (u otro endpoint compatible con OpenAI) en Ajustes e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>No API key is saved for %1. Add it in Settings, then try again.</source>
        <translation>No hay ninguna clave de API guardada para %1. Añádela en Ajustes e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>harness::core::ProviderKeyCheck</name>
    <message>
        <source>Enter the server&apos;s full address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>Escribe la dirección completa del servidor, empezando por http:// o https://, p. ej., http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>The key was rejected. Check that you copied all of it and that it has not been revoked.</source>
        <translation>Se rechazó la clave. Comprueba que la copiaste entera y que no se ha revocado.</translation>
    </message>
    <message>
        <source>This server needs an API key. Paste one and check again.</source>
        <translation>Este servidor necesita una clave de API. Pega una y vuelve a comprobar.</translation>
    </message>
    <message>
        <source>(%1 says: %2)</source>
        <translation>(%1 dice: %2)</translation>
    </message>
    <message>
        <source>%1 answered, but not as an OpenAI-compatible API (HTTP %2). Check the address: it usually ends in /v1.</source>
        <translation>%1 respondió, pero no como una API compatible con OpenAI (HTTP %2). Revisa la dirección: normalmente termina en /v1.</translation>
    </message>
    <message>
        <source>%1 could not check the key right now (HTTP %2). Try again later.</source>
        <translation>%1 no pudo comprobar la clave ahora (HTTP %2). Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not an OpenAI-compatible API. Check the address: it usually ends in /v1.</source>
        <translation>%1 respondió con algo que no es una API compatible con OpenAI. Revisa la dirección: normalmente termina en /v1.</translation>
    </message>
</context>
<context>
    <name>harness::core::ProxySettings</name>
    <message>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>Escribe el nombre de host del proxy.</translation>
    </message>
    <message>
        <source>Enter only the proxy&apos;s host name (e.g. proxy.example.com), without http:// or a path.</source>
        <translation>Escribe solo el nombre de host del proxy (p. ej., proxy.example.com), sin http:// ni ruta.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port.</source>
        <translation>Escribe el puerto del proxy.</translation>
    </message>
</context>
<context>
    <name>harness::core::ReadOnlyPolicy</name>
    <message>
        <source>The tool &quot;%1&quot; may change things and was not approved. Allow it when asked, or run harness-cli with --yes.</source>
        <translation>La herramienta «%1» puede hacer cambios y no se ha aprobado. Permítela cuando se te pregunte o ejecuta harness-cli con --yes.</translation>
    </message>
</context>
<context>
    <name>harness::core::RemoteChangeApplier</name>
    <message>
        <source>Not synced: this conversation was deleted on the web or another device. This message is kept on this device only.</source>
        <translation>Sin sincronizar: esta conversación se eliminó en la web o en otro dispositivo. Este mensaje se conserva solo en este dispositivo.</translation>
    </message>
</context>
<context>
    <name>harness::core::RemoteImageLoader</name>
    <message>
        <source>The image is larger than %1; it was not loaded.</source>
        <translation>La imagen ocupa más de %1; no se cargó.</translation>
    </message>
    <message>
        <source>The image address redirects to an address that is not http or https; it was not followed.</source>
        <translation>La dirección de la imagen redirige a una dirección que no es http ni https; no se siguió.</translation>
    </message>
    <message>
        <source>The image address redirects to a %1: address, which is not http or https; it was not followed.</source>
        <translation>La dirección de la imagen redirige a una dirección %1:, que no es http ni https; no se siguió.</translation>
    </message>
    <message>
        <source>Only http and https images can be loaded.</source>
        <translation>Solo se pueden cargar imágenes http y https.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>La red no está disponible.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>El servidor respondió HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2).</source>
        <translation>El servidor respondió HTTP %1 (%2).</translation>
    </message>
    <message>
        <source>The image server did not answer in time.</source>
        <translation>El servidor de imágenes no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The image could not be downloaded: %1</source>
        <translation>No se pudo descargar la imagen: %1</translation>
    </message>
    <message>
        <source>The address did not return an image (it sent %1).</source>
        <translation>La dirección no devolvió una imagen (envió %1).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>harness::core::SearchResultModel</name>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
</context>
<context>
    <name>harness::core::StdioTransport</name>
    <message>
        <source>Could not start MCP server &quot;%1&quot;: the command &quot;%2&quot; was not found or is not executable. Install it, or enter its full path in the server settings.</source>
        <translation>No se pudo iniciar el servidor MCP «%1»: no se encontró el comando «%2» o no es ejecutable. Instálalo o escribe su ruta completa en la configuración del servidor.</translation>
    </message>
    <message>
        <source>Could not start MCP server &quot;%1&quot;: the working directory &quot;%2&quot; does not exist. Fix it in the server settings.</source>
        <translation>No se pudo iniciar el servidor MCP «%1»: la carpeta de trabajo «%2» no existe. Corrígela en la configuración del servidor.</translation>
    </message>
    <message>
        <source>Starting %1 %2</source>
        <translation>Iniciando %1 %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running.</source>
        <translation>El servidor MCP «%1» no está en marcha.</translation>
    </message>
    <message>
        <source>Server did not exit after stdin closed; terminating.</source>
        <translation>El servidor no terminó tras cerrarse stdin; se le pide que termine.</translation>
    </message>
    <message>
        <source>Server did not terminate; killing it.</source>
        <translation>El servidor no terminó; se fuerza su cierre.</translation>
    </message>
    <message>
        <source>Ignored non-JSON output on stdout: %1</source>
        <translation>Se ignoró una salida que no es JSON en stdout: %1</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; crashed. See its log for details; it is restarted automatically.</source>
        <translation>El servidor MCP «%1» se bloqueó. Consulta su registro para ver los detalles; se reinicia automáticamente.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; exited unexpectedly with code %2. See its log for details.</source>
        <translation>El servidor MCP «%1» terminó inesperadamente con el código %2. Consulta su registro para ver los detalles.</translation>
    </message>
    <message>
        <source>Could not start MCP server &quot;%1&quot; (%2): %3. Check the command in the server settings.</source>
        <translation>No se pudo iniciar el servidor MCP «%1» (%2): %3. Revisa el comando en la configuración del servidor.</translation>
    </message>
</context>
<context>
    <name>harness::core::StoreError</name>
    <message>
        <source>The conversation database cannot be opened. Check that the data folder exists and that you may write to it, or choose another one with --data-dir.</source>
        <translation>No se puede abrir la base de datos de conversaciones. Comprueba que la carpeta de datos existe y que puedes escribir en ella, o elige otra con --data-dir.</translation>
    </message>
    <message>
        <source>The conversation database is damaged and cannot be read. Harness keeps the file untouched; you can start with a fresh database and keep the old file for recovery.</source>
        <translation>La base de datos de conversaciones está dañada y no se puede leer. Harness no toca el archivo; puedes empezar con una base de datos nueva y conservar el archivo antiguo para recuperarlo.</translation>
    </message>
    <message>
        <source>The conversation database was written by a newer version of Harness Desktop. Update the app to open it; it has not been changed.</source>
        <translation>La base de datos de conversaciones la escribió una versión más reciente de Harness Desktop. Actualiza la aplicación para abrirla; no se ha modificado.</translation>
    </message>
    <message>
        <source>The conversation database is locked by another program. Close other copies of Harness Desktop or harness-cli that use the same data folder and try again.</source>
        <translation>Otro programa tiene bloqueada la base de datos de conversaciones. Cierra las demás copias de Harness Desktop o harness-cli que usen la misma carpeta de datos e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The conversation database is read-only. Check the permissions of the data folder.</source>
        <translation>La base de datos de conversaciones es de solo lectura. Revisa los permisos de la carpeta de datos.</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>El disco está lleno, así que no se pudo guardar el cambio. Libera espacio e inténtalo de nuevo; no se ha perdido nada de lo ya guardado.</translation>
    </message>
    <message>
        <source>No such item.</source>
        <translation>No existe ese elemento.</translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation>La solicitud no era válida.</translation>
    </message>
    <message>
        <source>The conversation database reported an error.</source>
        <translation>La base de datos de conversaciones informó de un error.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Detalles: %1)</translation>
    </message>
</context>
<context>
    <name>harness::core::StoredApprovalPolicy</name>
    <message>
        <source>Change it in the settings (tool approval), or with `%1`.</source>
        <translation>Cámbialo en los ajustes (aprobación de herramientas) o con `%1`.</translation>
    </message>
    <message>
        <source>Change it in the tools of the MCP server &quot;%1&quot; (Harnesses page), or with `%2`.</source>
        <translation>Cámbialo en las herramientas del servidor MCP «%1» (página Harness) o con `%2`.</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; of the MCP server &quot;%2&quot; is set to never run. %3</source>
        <translation>La herramienta «%1» del servidor MCP «%2» está configurada para no ejecutarse nunca. %3</translation>
    </message>
    <message>
        <source>The user denied the tool &quot;%1&quot; for this session.</source>
        <translation>El usuario denegó la herramienta «%1» para esta sesión.</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; needs approval and nobody can be asked here. Allow it for this server with `harness-cli mcp policy set --server &quot;%2&quot; --tool &quot;%3&quot; always`, or run harness-cli with --yes.</source>
        <translation>La herramienta «%1» necesita aprobación y aquí no se puede preguntar a nadie. Permítela para este servidor con `harness-cli mcp policy set --server &quot;%2&quot; --tool &quot;%3&quot; always` o ejecuta harness-cli con --yes.</translation>
    </message>
</context>
<context>
    <name>harness::core::StreamableHttpTransport</name>
    <message>
        <source>The connection to MCP server &quot;%1&quot; is closed.</source>
        <translation>La conexión con el servidor MCP «%1» está cerrada.</translation>
    </message>
    <message>
        <source>Ignored a message that is not JSON: %1</source>
        <translation>Se ignoró un mensaje que no es JSON: %1</translation>
    </message>
    <message>
        <source>Could not reach MCP server &quot;%1&quot; at %2: %3. Check the URL and that the server is running.</source>
        <translation>No se pudo contactar con el servidor MCP «%1» en %2: %3. Comprueba la URL y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; refused access (HTTP %2). Check its access token or sign in again.</source>
        <translation>El servidor MCP «%1» denegó el acceso (HTTP %2). Revisa su token de acceso o vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; answered HTTP %2 %3.</source>
        <translation>El servidor MCP «%1» respondió HTTP %2 %3.</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; closed the response stream without answering.</source>
        <translation>El servidor MCP «%1» cerró el flujo de respuesta sin responder.</translation>
    </message>
    <message>
        <source>The server offers no stream for server-initiated messages (HTTP %1).</source>
        <translation>El servidor no ofrece ningún flujo para mensajes iniciados por el servidor (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>harness::core::SyncEngine</name>
    <message>
        <source>Sync is off</source>
        <translation>La sincronización está desactivada</translation>
    </message>
    <message>
        <source>Sync is waiting: choose what to do with the data on this device</source>
        <translation>La sincronización está en espera: elige qué hacer con los datos de este dispositivo</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Offline: changes are kept and sync when the connection is back</source>
        <translation>Sin conexión: los cambios se conservan y se sincronizarán cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Error de sincronización: %1</translation>
    </message>
    <message>
        <source>The sign-in token names no account; sign in again.</source>
        <translation>El token de inicio de sesión no indica ninguna cuenta; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to keep syncing.</source>
        <translation>Tu sesión ha caducado. Vuelve a iniciar sesión para seguir sincronizando.</translation>
    </message>
</context>
<context>
    <name>harness::core::WebModelMap</name>
    <message>
        <source>%1 (runs %2, high reasoning)</source>
        <translation>%1 (se ejecuta como %2, razonamiento alto)</translation>
    </message>
    <message>
        <source>%1 (runs %2)</source>
        <translation>%1 (se ejecuta como %2)</translation>
    </message>
</context>
<context>
    <name>harness::gui::AboutDialog</name>
    <message>
        <source>About Harness Desktop</source>
        <translation>Acerca de Harness Desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Harness Desktop %1&lt;/h2&gt;&lt;p&gt;A native chat client for LLM agents with MCP tools.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;/p&gt;&lt;h3&gt;Built with&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %3&lt;/b&gt;, used under the GNU Lesser General Public License v3 (&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;obligations&lt;/a&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;, under the BSD 3-Clause License.&lt;/li&gt;&lt;li&gt;&lt;b&gt;cmark-gfm %4&lt;/b&gt; (GitHub&apos;s CommonMark), under the BSD 2-Clause License.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;, in the public domain.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (sign-in token checks), under the Apache License 2.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Harness Desktop itself is released under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Harness Desktop %1&lt;/h2&gt;&lt;p&gt;Un cliente de chat nativo para agentes LLM con herramientas MCP.&lt;/p&gt;&lt;p&gt;Tus datos: %2&lt;/p&gt;&lt;h3&gt;Creado con&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %3&lt;/b&gt;, usado bajo la GNU Lesser General Public License v3 (&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;obligaciones&lt;/a&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;, bajo la licencia BSD de 3 cláusulas.&lt;/li&gt;&lt;li&gt;&lt;b&gt;cmark-gfm %4&lt;/b&gt; (el CommonMark de GitHub), bajo la licencia BSD de 2 cláusulas.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;, de dominio público.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (comprobación de los tokens de inicio de sesión), bajo la licencia Apache 2.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Harness Desktop se publica bajo la licencia MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>harness::gui::AboutPanel</name>
    <message>
        <source>About Qt…</source>
        <translation>Acerca de Qt…</translation>
    </message>
</context>
<context>
    <name>harness::gui::AccountPanel</name>
    <message>
        <source>Sign in to Harness</source>
        <translation>Iniciar sesión en Harness</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Cerrar sesión…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Use without an account</source>
        <translation>Usar sin cuenta</translation>
    </message>
    <message>
        <source>Keep everything on this computer and stop syncing.</source>
        <translation>Conservarlo todo en este ordenador y dejar de sincronizar.</translation>
    </message>
    <message>
        <source>Advanced: sign-in and sync addresses</source>
        <translation>Avanzado: direcciones de inicio de sesión y sincronización</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>URL del emisor</translation>
    </message>
    <message>
        <source>Issuer URL:</source>
        <translation>URL del emisor:</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>ID de cliente:</translation>
    </message>
    <message>
        <source>Sync deployment URL</source>
        <translation>URL del despliegue de sincronización</translation>
    </message>
    <message>
        <source>Sync deployment URL:</source>
        <extracomment>The Convex deployment that keeps the account&apos;s data</extracomment>
        <translation>URL del despliegue de sincronización:</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Apply the sign-in and sync addresses</source>
        <translation>Aplicar las direcciones de inicio de sesión y sincronización</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Signed out. Sign in again to keep this computer in sync with your account.</source>
        <translation>Sesión cerrada. Vuelve a iniciar sesión para mantener este ordenador sincronizado con tu cuenta.</translation>
    </message>
    <message>
        <source>Not signed in. This is a local profile: everything stays on this computer and nothing is synced.</source>
        <translation>Sin sesión iniciada. Este es un perfil local: todo se queda en este ordenador y no se sincroniza nada.</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %1 (%n change(s) waiting)</source>
        <translation>
            <numerusform>Sincronización: %1 (%n cambio pendiente)</numerusform>
            <numerusform>Sincronización: %1 (%n cambios pendientes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sincronización: %1</translation>
    </message>
    <message>
        <source>Sign out to change these.</source>
        <translation>Cierra la sesión para cambiar esto.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Sign out of Harness? Sync stops on this computer.

Your conversations and harnesses stay in your account. Keep a copy on this computer too, or remove them from this computer?</source>
        <translation>¿Cerrar la sesión de Harness? La sincronización se detiene en este ordenador.

Tus conversaciones y harness se quedan en tu cuenta. ¿Conservar también una copia en este ordenador o quitarlas de este ordenador?</translation>
    </message>
    <message>
        <source>Sign out and keep local copies</source>
        <translation>Cerrar sesión y conservar las copias locales</translation>
    </message>
    <message>
        <source>Sign out and remove them from this computer</source>
        <translation>Cerrar sesión y quitarlas de este ordenador</translation>
    </message>
    <message>
        <source>They stay in your Harness account.</source>
        <translation>Siguen en tu cuenta de Harness.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
</context>
<context>
    <name>harness::gui::AccountUi</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Signed out. This is now a local profile.</source>
        <translation>Sesión cerrada. Ahora este es un perfil local.</translation>
    </message>
    <message>
        <source>Your Harness session ended. Sign in again to keep syncing.</source>
        <translation>Tu sesión de Harness ha terminado. Vuelve a iniciar sesión para seguir sincronizando.</translation>
    </message>
</context>
<context>
    <name>harness::gui::ChatHeader</name>
    <message>
        <source>Conversation title</source>
        <translation>Título de la conversación</translation>
    </message>
    <message>
        <source>Click to rename the conversation</source>
        <translation>Haz clic para cambiar el nombre de la conversación</translation>
    </message>
    <message>
        <source>Harness</source>
        <translation>Harness</translation>
    </message>
    <message>
        <source>The harness that answers: model, tools and instructions</source>
        <translation>El harness que responde: modelo, herramientas e instrucciones</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Exportar la conversación</translation>
    </message>
    <message>
        <source>Export the conversation as Markdown or JSON</source>
        <translation>Exportar la conversación como Markdown o JSON</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
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
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Could not rename the conversation: %1</source>
        <translation>No se pudo cambiar el nombre de la conversación: %1</translation>
    </message>
    <message>
        <source>The harness that answers. %1</source>
        <translation>El harness que responde. %1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
</context>
<context>
    <name>harness::gui::ChatPage</name>
    <message>
        <source>Ask anything. Your conversation is saved on this computer as you go.</source>
        <translation>Pregunta lo que quieras. Tu conversación se guarda en este ordenador sobre la marcha.</translation>
    </message>
    <message>
        <source>Continue exactly where your last answer stopped.</source>
        <translation>Continúa exactamente donde se detuvo tu última respuesta.</translation>
    </message>
    <message>
        <source>Create a harness first: Harnesses → New harness.</source>
        <translation>Primero crea un harness: Harness → Nuevo harness.</translation>
    </message>
    <message>
        <source>↓ Jump to latest</source>
        <translation>↓ Ir a lo más reciente</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Ir al último mensaje</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversación</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exportar conversación</translation>
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
        <translation>No se pudo exportar: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::Composer</name>
    <message>
        <source>Editing your message: sending it starts a new version of the answer; the earlier one is kept.</source>
        <translation>Editando tu mensaje: al enviarlo se crea una nueva versión de la respuesta; la anterior se conserva.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Message… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mensaje… (Intro para enviar, Mayús+Intro para una línea nueva)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Answer again</source>
        <translation>Responder de nuevo</translation>
    </message>
    <message>
        <source>The last answer failed or was cut off: ask the model again</source>
        <translation>La última respuesta falló o se cortó: preguntar de nuevo al modelo</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>Continuar la respuesta</translation>
    </message>
    <message>
        <source>Ask the model to go on from where the answer stopped</source>
        <translation>Pedir al modelo que siga desde donde se detuvo la respuesta</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what arrived so far is kept</source>
        <translation>Detener la respuesta (Esc); lo que haya llegado se conserva</translation>
    </message>
    <message>
        <source>Send edit</source>
        <translation>Enviar edición</translation>
    </message>
</context>
<context>
    <name>harness::gui::ConnectStep</name>
    <message>
        <source>Some of the servers you chose need a key or a sign-in. Keys and tokens are kept in your system keychain, never in Harness&apos;s files.</source>
        <translation>Algunos de los servidores elegidos necesitan una clave o iniciar sesión. Las claves y los tokens se guardan en el llavero del sistema, nunca en los archivos de Harness.</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace it</source>
        <translation>Guardado en el llavero; escribe otro para sustituirlo</translation>
    </message>
    <message>
        <source>Paste it here</source>
        <translation>Pégalo aquí</translation>
    </message>
    <message>
        <source>Where do I get one?</source>
        <translation>¿Dónde consigo uno?</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Sign in with your %1 account in the browser. Harness receives the permission on this computer only.</source>
        <translation>Inicia sesión con tu cuenta de %1 en el navegador. Harness recibe el permiso solo en este ordenador.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>harness::gui::CustomServerDialog</name>
    <message>
        <source>Add an MCP server</source>
        <translation>Añadir un servidor MCP</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>Short, e.g. notes; tools appear as notes__&lt;tool&gt;</source>
        <translation>Corto, p. ej., notes; las herramientas aparecen como notes__&lt;herramienta&gt;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>How the server runs</source>
        <translation>Cómo se ejecuta el servidor</translation>
    </message>
    <message>
        <source>Local program (stdio)</source>
        <translation>Programa local (stdio)</translation>
    </message>
    <message>
        <source>Remote server (HTTP)</source>
        <translation>Servidor remoto (HTTP)</translation>
    </message>
    <message>
        <source>&amp;Runs as:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>e.g. npx, uvx, docker or a full path</source>
        <translation>p. ej., npx, uvx, docker o una ruta completa</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Comando:</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>e.g. -y @modelcontextprotocol/server-memory (quote arguments with spaces)</source>
        <translation>p. ej., -y @modelcontextprotocol/server-memory (pon entre comillas los argumentos con espacios)</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumentos:</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Variables de entorno</translation>
    </message>
    <message>
        <source>One NAME=value per line (not for secrets: they would be saved unencrypted)</source>
        <translation>Una línea NOMBRE=valor por variable (no para secretos: se guardarían sin cifrar)</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Carpeta de trabajo</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>Carpeta de &amp;trabajo:</translation>
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
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Access token (bearer)</source>
        <translation>Token de acceso (bearer)</translation>
    </message>
    <message>
        <source>Sign in (OAuth)</source>
        <translation>Iniciar sesión (OAuth)</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>Au&amp;tenticación:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Saved in the system keychain</source>
        <translation>Guardado en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Cabeceras adicionales</translation>
    </message>
    <message>
        <source>Optional, one Name: value per line</source>
        <translation>Opcional, una línea Nombre: valor por cabecera</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>Ca&amp;beceras:</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Añadir servidor</translation>
    </message>
    <message>
        <source>The environment line &quot;%1&quot; is not NAME=value.</source>
        <translation>La línea de entorno «%1» no tiene la forma NOMBRE=valor.</translation>
    </message>
    <message>
        <source>The header line &quot;%1&quot; is not Name: value.</source>
        <translation>La línea de cabecera «%1» no tiene la forma Nombre: valor.</translation>
    </message>
    <message>
        <source>Put the token in the Token field (it goes to the keychain), not in a header.</source>
        <translation>Pon el token en el campo Token (va al llavero), no en una cabecera.</translation>
    </message>
    <message>
        <source>Enter the access token, or choose another kind of authentication.</source>
        <translation>Escribe el token de acceso o elige otro tipo de autenticación.</translation>
    </message>
</context>
<context>
    <name>harness::gui::DataSettings</name>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Your conversations, harnesses and settings are kept in:</source>
        <translation>Tus conversaciones, harness y ajustes se guardan en:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>Exportar e importar</translation>
    </message>
    <message>
        <source>One JSON file with your harnesses, MCP server settings, providers, conversations and settings. Keys and tokens are never exported. Importing merges: what is already here is not duplicated, and newer copies win.</source>
        <translation>Un único archivo JSON con tus harness, la configuración de los servidores MCP, proveedores, conversaciones y ajustes. Las claves y los tokens nunca se exportan. La importación combina: lo que ya existe no se duplica y ganan las copias más recientes.</translation>
    </message>
    <message>
        <source>Export all data…</source>
        <translation>Exportar todos los datos…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Exportar todos los datos</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another place.</source>
        <translation>No se pudo escribir %1: %2. Elige otro lugar.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
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
            <numerusform>%n servidor MCP</numerusform>
            <numerusform>%n servidores MCP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n proveedor</numerusform>
            <numerusform>%n proveedores</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1: %2.</source>
        <extracomment>%1 is a file path, %2 a list such as &quot;3 conversations, 40 messages, 2 harnesses&quot;</extracomment>
        <translation>Exportado a %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n environment value(s) that looked like secrets were left out.</source>
        <translation>
            <numerusform>Se omitió %n valor de entorno que parecía un secreto.</numerusform>
            <numerusform>Se omitieron %n valores de entorno que parecían secretos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Move data…</source>
        <translation>Mover datos…</translation>
    </message>
    <message>
        <source>Move the data folder</source>
        <translation>Mover la carpeta de datos</translation>
    </message>
    <message>
        <source>This folder was chosen with --data-dir or the environment variable %1, which always win. To keep your data elsewhere, change that option or variable.</source>
        <translation>Esta carpeta se eligió con --data-dir o con la variable de entorno %1, que siempre tienen prioridad. Para guardar tus datos en otro sitio, cambia esa opción o variable.</translation>
    </message>
    <message>
        <source>Move data… copies everything to an empty or new folder (another disk, a synced folder), checks the copy, and uses it from the next start. The old folder is kept until you remove it. API keys are not in this folder; they stay in the system keychain.</source>
        <translation>«Mover datos…» copia todo a una carpeta vacía o nueva (otro disco, una carpeta sincronizada), comprueba la copia y la usa a partir del próximo inicio. La carpeta antigua se conserva hasta que la elimines. Las claves de API no están en esta carpeta; se quedan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Choose an empty folder for your data</source>
        <translation>Elige una carpeta vacía para tus datos</translation>
    </message>
    <message>
        <source>Copying your data to %1…</source>
        <translation>Copiando tus datos a %1…</translation>
    </message>
    <message numerus="yes">
        <source>Your data was copied to %1 and checked (%n conversation(s)). Harness Desktop uses it from the next start.</source>
        <translation>
            <numerusform>Tus datos se copiaron a %1 y se comprobaron (%n conversación). Harness Desktop los usa a partir del próximo inicio.</numerusform>
            <numerusform>Tus datos se copiaron a %1 y se comprobaron (%n conversaciones). Harness Desktop los usa a partir del próximo inicio.</numerusform>
        </translation>
    </message>
    <message>
        <source>The old folder %1 is kept until you remove it.</source>
        <translation>La carpeta antigua %1 se conserva hasta que la elimines.</translation>
    </message>
    <message>
        <source>Restart now to use it, or cancel the move: the copy is removed and the app keeps using the old folder.</source>
        <translation>Reinicia ahora para usarla, o cancela el traslado: la copia se elimina y la aplicación sigue usando la carpeta antigua.</translation>
    </message>
    <message>
        <source>Data copied</source>
        <translation>Datos copiados</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Cancel the move</source>
        <translation>Cancelar el traslado</translation>
    </message>
    <message>
        <source>The move was cancelled; your data stays in %1.</source>
        <translation>Se canceló el traslado; tus datos siguen en %1.</translation>
    </message>
    <message>
        <source>Moved to %1. The old folder %2 is kept until you remove it.</source>
        <translation>Movidos a %1. La carpeta antigua %2 se conserva hasta que la elimines.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are still coming in. Wait for them to finish or stop them, then move the data.</source>
        <translation>
            <numerusform>Todavía está llegando %n respuesta. Espera a que termine o detenla, y luego mueve los datos.</numerusform>
            <numerusform>Todavía están llegando %n respuestas. Espera a que terminen o detenlas, y luego mueve los datos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::ElicitationDialog</name>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>the date format the user types, keep the digits&apos; order</extracomment>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DDThh:mm:ssZ</source>
        <translation>AAAA-MM-DDThh:mm:ssZ</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>%1 asks for information</source>
        <translation>%1 solicita información</translation>
    </message>
    <message>
        <source>Asked by the MCP server &quot;%1&quot;. Only send what you are happy to share with it.</source>
        <translation>Lo solicita el servidor MCP «%1». Envía solo lo que quieras compartir con él.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>The server also asked for fields this form cannot show: %1.</source>
        <translation>El servidor también pidió campos que este formulario no puede mostrar: %1.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accept and send the answers</source>
        <translation>Aceptar y enviar las respuestas</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Decline the request</source>
        <translation>Rechazar la solicitud</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>harness::gui::GeneralSettings</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Opening a conversation switches to the harness it last used</source>
        <translation>Al abrir una conversación se cambia al harness que usó por última vez</translation>
    </message>
    <message>
        <source>Auto-switch harness</source>
        <translation>Cambiar de harness automáticamente</translation>
    </message>
    <message>
        <source>Auto-switch harness:</source>
        <translation>Cambiar de harness automáticamente:</translation>
    </message>
    <message>
        <source>Default harness for new chats</source>
        <translation>Harness predeterminado para chats nuevos</translation>
    </message>
    <message>
        <source>New chats use:</source>
        <translation>Los chats nuevos usan:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language applies after you restart the app.</source>
        <translation>El nuevo idioma se aplica al reiniciar la aplicación.</translation>
    </message>
    <message>
        <source>Language (after restart):</source>
        <translation>Idioma (tras reiniciar):</translation>
    </message>
    <message>
        <source>Show tokens and cost under answers</source>
        <translation>Mostrar tokens y coste bajo las respuestas</translation>
    </message>
    <message>
        <source>Show tokens and cost</source>
        <translation>Mostrar tokens y coste</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Consumo:</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>seconds, after a number</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Stream stall timeout in seconds</source>
        <translation>Tiempo de espera de un flujo en silencio, en segundos</translation>
    </message>
    <message>
        <source>Give up on a silent stream after:</source>
        <translation>Abandonar un flujo en silencio tras:</translation>
    </message>
    <message>
        <source>When a provider sends nothing for this long, the answer stops and what arrived is kept.</source>
        <translation>Cuando un proveedor no envía nada durante este tiempo, la respuesta se detiene y se conserva lo que haya llegado.</translation>
    </message>
    <message>
        <source>The harness used last</source>
        <translation>El último harness usado</translation>
    </message>
</context>
<context>
    <name>harness::gui::GuiApprovalPolicy</name>
    <message>
        <source>The user denied this call of &quot;%1&quot;.</source>
        <translation>El usuario denegó esta llamada a «%1».</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>Servidores de herramientas</translation>
    </message>
    <message>
        <source>New harness…</source>
        <translation>Nuevo harness…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Delete harness</source>
        <translation>Eliminar harness</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Import MCP servers…</source>
        <translation>Importar servidores MCP…</translation>
    </message>
    <message>
        <source>Add the servers of an mcpServers JSON file, as Claude Desktop and Cursor write them</source>
        <translation>Añadir los servidores de un archivo JSON mcpServers, tal como los escriben Claude Desktop y Cursor</translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>Importar servidores MCP</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; was not saved: %2</source>
        <translation>No se guardó el token de «%1»: %2</translation>
    </message>
    <message>
        <source>No server was added.</source>
        <translation>No se añadió ningún servidor.</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>No añadidos:</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Make a copy with the same model, servers and prompt</source>
        <translation>Hacer una copia con el mismo modelo, servidores y prompt</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; created.</source>
        <translation>Harness «%1» creado.</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; saved.</source>
        <translation>Harness «%1» guardado.</translation>
    </message>
    <message>
        <source>(no model yet)</source>
        <translation>(todavía sin modelo)</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n servidor</numerusform>
            <numerusform>%n servidores</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish…</source>
        <translation>Terminar…</translation>
    </message>
    <message>
        <source>not available (disabled or removed)</source>
        <translation>no disponible (desactivado o eliminado)</translation>
    </message>
    <message numerus="yes">
        <source>connected · %n tool(s)</source>
        <translation>
            <numerusform>conectado · %n herramienta</numerusform>
            <numerusform>conectado · %n herramientas</numerusform>
        </translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>deteniendo…</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>not started (starts when a chat uses it)</source>
        <translation>no iniciado (se inicia cuando un chat lo usa)</translation>
    </message>
    <message>
        <source>stopped · last error: %1</source>
        <translation>detenido · último error: %1</translation>
    </message>
    <message>
        <source>Select a harness to see its MCP servers.</source>
        <translation>Selecciona un harness para ver sus servidores MCP.</translation>
    </message>
    <message>
        <source>MCP servers of &quot;%1&quot;</source>
        <translation>Servidores MCP de «%1»</translation>
    </message>
    <message>
        <source>No MCP server: the model answers without tools.</source>
        <translation>Ningún servidor MCP: el modelo responde sin herramientas.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Conectar con %1</translation>
    </message>
    <message>
        <source>Tools and status of %1</source>
        <translation>Herramientas y estado de %1</translation>
    </message>
    <message>
        <source>The server&apos;s tools, their approval rules, and its log</source>
        <translation>Las herramientas del servidor, sus reglas de aprobación y su registro</translation>
    </message>
    <message>
        <source>Made &quot;%1&quot;. Edit it, then start it.</source>
        <translation>Se creó «%1». Edítalo y después inícialo.</translation>
    </message>
    <message>
        <source>Delete the harness &quot;%1&quot;? Conversations that used it are kept, and so are its MCP servers.</source>
        <translation>¿Eliminar el harness «%1»? Las conversaciones que lo usaron se conservan, y también sus servidores MCP.</translation>
    </message>
    <message>
        <source>Added: %1. Tick them on the MCP servers page when you edit a harness.</source>
        <translation>Añadidos: %1. Márcalos en la página Servidores MCP al editar un harness.</translation>
    </message>
    <message>
        <source>Tools &amp;&amp; status…</source>
        <translation>Herramientas y estado…</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Habilidades: %1</translation>
    </message>
    <message>
        <source> · on this device only</source>
        <translation> · solo en este dispositivo</translation>
    </message>
</context>
<context>
    <name>harness::gui::HarnessWizard</name>
    <message>
        <source>Name &amp; model</source>
        <translation>Nombre y modelo</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Servidores MCP</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Keep what you entered as a draft harness and finish later</source>
        <translation>Guardar lo que has escrito como borrador de harness y terminarlo más tarde</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Let&apos;s build your first harness</source>
        <translation>Vamos a crear tu primer harness</translation>
    </message>
    <message>
        <source>New harness</source>
        <translation>Nuevo harness</translation>
    </message>
    <message>
        <source>A harness is a model, the tools it may use, and how it should behave. You can change everything later, and save a draft at any step.</source>
        <translation>Un harness es un modelo, las herramientas que puede usar y cómo debe comportarse. Puedes cambiarlo todo más adelante y guardar un borrador en cualquier paso.</translation>
    </message>
    <message>
        <source>My harness</source>
        <translation>Mi harness</translation>
    </message>
    <message>
        <source>Finish &quot;%1&quot;</source>
        <translation>Terminar «%1»</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>This harness is a draft: complete the steps and create it.</source>
        <translation>Este harness es un borrador: completa los pasos y créalo.</translation>
    </message>
    <message>
        <source>Change any step, then save. Tokens already saved stay in the keychain unless you type new ones.</source>
        <translation>Cambia cualquier paso y guarda. Los tokens ya guardados se quedan en el llavero salvo que escribas otros nuevos.</translation>
    </message>
    <message>
        <source>Enter the %1 for %2, or go back and untick it.</source>
        <translation>%2 necesita «%1». Escríbelo o vuelve atrás y desmárcalo.</translation>
    </message>
    <message>
        <source>Not needed: no chosen server asks for a key</source>
        <translation>No hace falta: ningún servidor elegido pide una clave</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Create harness</source>
        <translation>Crear harness</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source> — signed in</source>
        <translation> — sesión iniciada</translation>
    </message>
    <message>
        <source> — asks you to sign in on first use</source>
        <translation> — pedirá iniciar sesión la primera vez</translation>
    </message>
    <message>
        <source> — key goes to the keychain</source>
        <translation> — la clave va al llavero</translation>
    </message>
    <message>
        <source>Tools from</source>
        <translation>Herramientas de</translation>
    </message>
    <message>
        <source>no MCP server</source>
        <translation>ningún servidor MCP</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Draft &quot;%1&quot; saved. Find it under Drafts in Harnesses to finish it.</source>
        <translation>Borrador «%1» guardado. Lo encontrarás en Borradores, en Harness, para terminarlo.</translation>
    </message>
    <message>
        <source>Not saved yet (incomplete): %1</source>
        <translation>Todavía sin guardar (incompleto): %1</translation>
    </message>
    <message>
        <source>Draft &quot;%1&quot; saved.</source>
        <translation>Borrador «%1» guardado.</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; created.</source>
        <translation>Harness «%1» creado.</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; saved.</source>
        <translation>Harness «%1» guardado.</translation>
    </message>
</context>
<context>
    <name>harness::gui::KeychainNotice</name>
    <message>
        <source>Keep secrets for this session only</source>
        <translation>Conservar los secretos solo durante esta sesión</translation>
    </message>
    <message>
        <source>Keys and tokens you enter are kept in memory until you quit. Nothing is written to disk.</source>
        <translation>Las claves y los tokens que escribas se guardan en memoria hasta que salgas. No se escribe nada en el disco.</translation>
    </message>
    <message>
        <source>No keychain: keys cannot be saved</source>
        <translation>Sin llavero: no se pueden guardar las claves</translation>
    </message>
    <message>
        <source>Keys kept for this session only</source>
        <translation>Claves guardadas solo durante esta sesión</translation>
    </message>
    <message>
        <source>No keychain is reachable; keys and tokens are forgotten when you quit.</source>
        <translation>No hay ningún llavero accesible; las claves y los tokens se olvidarán al salir.</translation>
    </message>
    <message>
        <source>No system keychain is reachable, so API keys and tokens cannot be saved safely, and Harness Desktop never writes them in plain text. Start a keychain (GNOME Keyring or KWallet) and restart the app, or keep secrets in memory for this session only.</source>
        <translation>No se puede acceder a ningún llavero del sistema, así que las claves de API y los tokens no se pueden guardar de forma segura, y Harness Desktop nunca los escribe sin cifrar. Inicia un llavero (GNOME Keyring o KWallet) y reinicia la aplicación, o conserva los secretos en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this session only: nothing is saved to disk, and you will need to enter keys and sign in to tool servers again after restarting. Start a keychain and restart the app to keep them.</source>
        <translation>Los secretos se conservan en memoria solo durante esta sesión: no se guarda nada en el disco y, tras reiniciar, tendrás que volver a escribir las claves e iniciar sesión en los servidores de herramientas. Inicia un llavero y reinicia la aplicación para conservarlos.</translation>
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
        <translation>Harness creado. ¡Saluda!</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar en las conversaciones</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Conversación anterior</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Conversación siguiente</translation>
    </message>
    <message>
        <source>Focus the message field</source>
        <translation>Ir al campo de mensaje</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::McpServerDialog</name>
    <message>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <source>Reconnect to the server</source>
        <translation>Volver a conectar con el servidor</translation>
    </message>
    <message>
        <source>Tools of the server</source>
        <translation>Herramientas del servidor</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <source>When the model calls it</source>
        <translation>Cuando el modelo la llama</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Registro del servidor</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Copiar registro</translation>
    </message>
    <message>
        <source>Copy the whole log</source>
        <translation>Copiar todo el registro</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>MCP server</source>
        <translation>Servidor MCP</translation>
    </message>
    <message>
        <source>This MCP server no longer exists.</source>
        <translation>Este servidor MCP ya no existe.</translation>
    </message>
    <message>
        <source>MCP server %1</source>
        <translation>Servidor MCP %1</translation>
    </message>
    <message>
        <source>Choices here apply to every harness that uses this server.</source>
        <translation>Lo que elijas aquí se aplica a todos los harness que usan este servidor.</translation>
    </message>
    <message>
        <source>Choices here apply to the harness &quot;%1&quot; only.</source>
        <translation>Lo que elijas aquí solo se aplica al harness «%1».</translation>
    </message>
    <message>
        <source>Switched off: enable the server in its settings to use it.</source>
        <translation>Desactivado: activa el servidor en su configuración para usarlo.</translation>
    </message>
    <message>
        <source>Not running. It starts when a conversation uses it.</source>
        <translation>No está en marcha. Se inicia cuando una conversación lo usa.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Protocol %1</source>
        <translation>Protocolo %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n herramienta</numerusform>
            <numerusform>%n herramientas</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>destructive</source>
        <translation>destructiva</translation>
    </message>
    <message>
        <source>changes things</source>
        <translation>hace cambios</translation>
    </message>
    <message>
        <source>idempotent</source>
        <translation>idempotente</translation>
    </message>
    <message>
        <source>reaches outside</source>
        <translation>accede al exterior</translation>
    </message>
    <message>
        <source>always allow</source>
        <translation>permitir siempre</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>ask</source>
        <translation>preguntar</translation>
    </message>
    <message>
        <source>Approval for %1</source>
        <translation>Aprobación de %1</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <extracomment>%1 is what applies when nothing is chosen for this tool: ask, always allow or never</extracomment>
        <translation>Predeterminado (%1)</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Preguntar cada vez</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Permitir siempre</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Could not save the choice: %1</source>
        <translation>No se pudo guardar la elección: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageActions</name>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>under an answer: how many tokens it used</comment>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Edited · hide earlier version</source>
        <extracomment>a message that was edited and sent again; the link shows or hides what it replaced</extracomment>
        <translation>Editado · ocultar la versión anterior</translation>
    </message>
    <message>
        <source>Edited · show earlier version</source>
        <translation>Editado · mostrar la versión anterior</translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageDelegate</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>Earlier version · %1</source>
        <extracomment>a message replaced by an edit, shown on request</extracomment>
        <translation>Versión anterior · %1</translation>
    </message>
    <message>
        <source>answering…</source>
        <translation>respondiendo…</translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageRenderCache</name>
    <message>
        <source>Loading image…</source>
        <translation>Cargando imagen…</translation>
    </message>
    <message>
        <source>⚠ Image not loaded: %1 Click to try again.</source>
        <extracomment>a remote image in an answer could not be shown; %1 is the reason</extracomment>
        <translation>⚠ Imagen no cargada: %1 Haz clic para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>⚠ Image not loaded: the file could not be read as an image.</source>
        <translation>⚠ Imagen no cargada: el archivo no se pudo leer como imagen.</translation>
    </message>
    <message>
        <source>Stopped. What arrived so far is kept: continue or retry it below.</source>
        <translation>Detenido. Lo que haya llegado se conserva: continúa o reinténtalo abajo.</translation>
    </message>
    <message>
        <source>What you see is kept in memory and saved as soon as the disk allows.</source>
        <translation>Lo que ve se guarda en memoria y se escribe en cuanto el disco lo permita.</translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
</context>
<context>
    <name>harness::gui::ModelStep</name>
    <message>
        <source>Harness name</source>
        <translation>Nombre del harness</translation>
    </message>
    <message>
        <source>e.g. Research assistant</source>
        <translation>p. ej., Asistente de investigación</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Buscar modelos</translation>
    </message>
    <message>
        <source>Search models, e.g. claude, gpt, llama…</source>
        <translation>Buscar modelos, p. ej., claude, gpt, llama…</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>Actualizar lista</translation>
    </message>
    <message>
        <source>Fetch the model list from your provider</source>
        <translation>Descargar la lista de modelos de tu proveedor</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Price in / out (1M)</source>
        <extracomment>price per million tokens, input / output</extracomment>
        <translation>Precio entrada / salida (1 M)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>ID del modelo</translation>
    </message>
    <message>
        <source>Pick one above, or type a model id, e.g. anthropic/claude-sonnet-4</source>
        <translation>Elige uno de arriba o escribe un ID de modelo, p. ej., anthropic/claude-sonnet-4</translation>
    </message>
    <message>
        <source>Model &amp;id:</source>
        <translation>&amp;ID del modelo:</translation>
    </message>
    <message>
        <source>No model list yet: press Refresh list, or type a model id below.</source>
        <translation>Todavía no hay lista de modelos: pulsa Actualizar lista o escribe un ID de modelo abajo.</translation>
    </message>
    <message>
        <source>No provider is set up yet: type a model id below, and add your provider&apos;s key in Settings.</source>
        <translation>Todavía no hay ningún proveedor configurado: escribe un ID de modelo abajo y añade la clave de tu proveedor en Ajustes.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s).</source>
        <translation>
            <numerusform>%n modelo.</numerusform>
            <numerusform>%n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>Descargando la lista de modelos…</translation>
    </message>
    <message>
        <source>%1 tokens of context</source>
        <translation>%1 tokens de contexto</translation>
    </message>
    <message>
        <source>%1 in / %2 out per million tokens</source>
        <translation>%1 de entrada / %2 de salida por millón de tokens</translation>
    </message>
    <message>
        <source>can call tools</source>
        <translation>puede llamar a herramientas</translation>
    </message>
    <message>
        <source>cannot call tools: MCP servers will not be used</source>
        <translation>no puede llamar a herramientas: no se usarán los servidores MCP</translation>
    </message>
    <message>
        <source>Not in the provider&apos;s list; it is used as typed.</source>
        <translation>No está en la lista del proveedor; se usa tal como se escribió.</translation>
    </message>
    <message>
        <source>Harness web model: %1</source>
        <translation>Modelo de la web de Harness: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::NetworkSettings</name>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>How Harness Desktop reaches providers, MCP servers and sync. This setting belongs to this device.</source>
        <translation>Cómo llega Harness Desktop a los proveedores, los servidores MCP y la sincronización. Este ajuste es propio de este dispositivo.</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Usar la configuración de proxy del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>Use this proxy:</source>
        <translation>Usar este proxy:</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Tipo de proxy</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Host del proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nombre de usuario del proxy</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace</source>
        <translation>Guardada en el llavero; escribe otra para sustituirla</translation>
    </message>
    <message>
        <source>Applied: the system&apos;s proxy settings are used.</source>
        <translation>Aplicado: se usa la configuración de proxy del sistema.</translation>
    </message>
    <message>
        <source>Applied: connections go out directly.</source>
        <translation>Aplicado: las conexiones salen directamente.</translation>
    </message>
    <message>
        <source>Applied: new connections go through %1:%2.</source>
        <translation>Aplicado: las conexiones nuevas pasan por %1:%2.</translation>
    </message>
</context>
<context>
    <name>harness::gui::ProviderSettings</name>
    <message>
        <source>OpenAI-compatible (OpenAI, Ollama, LM Studio, llama.cpp, vLLM)</source>
        <translation>Compatible con OpenAI (OpenAI, Ollama, LM Studio, llama.cpp, vLLM)</translation>
    </message>
    <message>
        <source>Provider address</source>
        <translation>Dirección del proveedor</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Pega tu clave de API</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Where answers come from. Keys are checked with the provider before they are saved, and are kept in the system keychain, never in a file.</source>
        <translation>De dónde vienen las respuestas. Las claves se comprueban con el proveedor antes de guardarlas y se guardan en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Saved providers</source>
        <translation>Proveedores guardados</translation>
    </message>
    <message>
        <source>Add another…</source>
        <translation>Añadir otro…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Usar por defecto</translation>
    </message>
    <message>
        <source>Harnesses without a provider of their own use the default one.</source>
        <translation>Los harness sin proveedor propio usan el predeterminado.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected provider and its key</source>
        <translation>Quitar el proveedor seleccionado y su clave</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>Tipo de proveedor</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Comprobar y guardar</translation>
    </message>
    <message>
        <source>Save without checking</source>
        <translation>Guardar sin comprobar</translation>
    </message>
    <message>
        <source>Save now and use the provider once it can be reached.</source>
        <translation>Guardar ahora y usar el proveedor cuando se pueda contactar con él.</translation>
    </message>
    <message>
        <source>No key yet?</source>
        <translation>¿Aún no tienes clave?</translation>
    </message>
    <message>
        <source>Connect OpenRouter…</source>
        <translation>Conectar OpenRouter…</translation>
    </message>
    <message>
        <source>Connect OpenRouter in the browser</source>
        <translation>Conectar OpenRouter en el navegador</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sign in to OpenRouter in your browser and approve Harness Desktop: OpenRouter creates a key for this app and hands it over directly.</source>
        <translation>Inicia sesión en OpenRouter en tu navegador y aprueba Harness Desktop: OpenRouter crea una clave para esta aplicación y se la entrega directamente.</translation>
    </message>
    <message>
        <source>Use local Ollama</source>
        <translation>Usar Ollama local</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clave %1</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>sin clave</translation>
    </message>
    <message>
        <source>key unavailable</source>
        <translation>clave no disponible</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No provider yet: paste an OpenRouter key, connect OpenRouter below, or enter the address of an OpenAI-compatible server.</source>
        <translation>Todavía no hay proveedor: pega una clave de OpenRouter, conecta OpenRouter abajo o escribe la dirección de un servidor compatible con OpenAI.</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Añadir un proveedor</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Paste a new key to replace the saved one</source>
        <translation>Pega una clave nueva para sustituir la guardada</translation>
    </message>
    <message>
        <source>Enter the server&apos;s full address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>Escribe la dirección completa del servidor, empezando por http:// o https://, p. ej., http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>Paste your OpenRouter key (it starts with sk-or-), or use &quot;Connect OpenRouter&quot; below.</source>
        <translation>Pega tu clave de OpenRouter (empieza por sk-or-) o usa «Conectar OpenRouter» abajo.</translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <translation>Comprobando con %1…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>%1 saved. Its key (%2) is in %3.</source>
        <translation>%1 guardado. Su clave (%2) está en %3.</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Quitar proveedor</translation>
    </message>
    <message>
        <source>Remove %1 and delete its key from %2? Harnesses that use it switch to the default provider.</source>
        <translation>¿Quitar %1 y borrar su clave de %2? Los harness que lo usan pasan al proveedor predeterminado.</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>el llavero</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>%1 and its key were removed.</source>
        <translation>Se quitaron %1 y su clave.</translation>
    </message>
    <message>
        <source>%1 was removed, but the keychain could not be reached to delete its key. If one was saved, delete &quot;%2&quot; from your keychain.</source>
        <translation>Se quitó %1, pero no se pudo acceder al llavero para borrar su clave. Si había una guardada, borra «%2» de tu llavero.</translation>
    </message>
    <message>
        <source>Waiting for you in the browser: sign in to OpenRouter and approve Harness Desktop, then come back here.</source>
        <translation>Esperándote en el navegador: inicia sesión en OpenRouter, aprueba Harness Desktop y vuelve aquí.</translation>
    </message>
    <message>
        <source>Getting your key from OpenRouter…</source>
        <translation>Obteniendo tu clave de OpenRouter…</translation>
    </message>
    <message>
        <source>OpenRouter is connected. Its key (%1) is in %2.</source>
        <translation>OpenRouter está conectado. Su clave (%1) está en %2.</translation>
    </message>
    <message>
        <source>It has no models yet: run &quot;ollama pull llama3.2&quot; first.</source>
        <translation>Todavía no tiene modelos: ejecuta primero «ollama pull llama3.2».</translation>
    </message>
    <message numerus="yes">
        <source>It has %n model(s).</source>
        <translation>
            <numerusform>Tiene %n modelo.</numerusform>
            <numerusform>Tiene %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ollama is running on this computer and is set up as a provider. %1</source>
        <translation>Ollama se está ejecutando en este ordenador y está configurado como proveedor. %1</translation>
    </message>
    <message>
        <source>Ollama is running on this computer. %1</source>
        <translation>Ollama se está ejecutando en este ordenador. %1</translation>
    </message>
    <message>
        <source>Local Ollama added as a provider (%1). It needs no key.</source>
        <translation>Se añadió Ollama local como proveedor (%1). No necesita clave.</translation>
    </message>
</context>
<context>
    <name>harness::gui::ReasoningBlock</name>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n second(s)</source>
        <comment>how long the model reasoned</comment>
        <translation>
            <numerusform>Pensó durante %n segundo</numerusform>
            <numerusform>Pensó durante %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n minute(s)</source>
        <comment>how long the model reasoned</comment>
        <translation>
            <numerusform>Pensó durante %n minuto</numerusform>
            <numerusform>Pensó durante %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::RemoveDataConfirmation</name>
    <message numerus="yes">
        <source>Remove %n conversation(s) with all their messages, and your harnesses and settings, from this computer? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar de este equipo %n conversación con todos sus mensajes, y tus harness y ajustes? Esto no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar de este equipo %n conversaciones con todos sus mensajes, y tus harness y ajustes? Esto no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove data from this computer</source>
        <translation>Eliminar datos de este equipo</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n conversation(s)</source>
        <translation>
            <numerusform>Eliminar %n conversación</numerusform>
            <numerusform>Eliminar %n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>harness::gui::ServerTestWidget</name>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Test the server</source>
        <translation>Probar el servidor</translation>
    </message>
    <message>
        <source>Start the server, connect and list its tools</source>
        <translation>Iniciar el servidor, conectarse y listar sus herramientas</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n tool(s).</source>
        <translation>
            <numerusform>Conectado con %1: %n herramienta.</numerusform>
            <numerusform>Conectado con %1: %n herramientas.</numerusform>
        </translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
</context>
<context>
    <name>harness::gui::ServersStep</name>
    <message>
        <source>Tools come from MCP servers. Tick the ones this harness may use; select one to see what it needs and to test it.</source>
        <translation>Las herramientas vienen de servidores MCP. Marca las que puede usar este harness; selecciona uno para ver qué necesita y probarlo.</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Servidores MCP</translation>
    </message>
    <message>
        <source>Add custom server…</source>
        <translation>Añadir servidor personalizado…</translation>
    </message>
    <message>
        <source>A local program (stdio) or a remote URL (HTTP) that is not in the list</source>
        <translation>Un programa local (stdio) o una URL remota (HTTP) que no está en la lista</translation>
    </message>
    <message>
        <source>Import mcpServers file…</source>
        <translation>Importar archivo mcpServers…</translation>
    </message>
    <message>
        <source>Add the servers of a claude_desktop_config.json, .cursor/mcp.json or similar file</source>
        <translation>Añadir los servidores de un archivo claude_desktop_config.json, .cursor/mcp.json o similar</translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>Importar servidores MCP</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Your servers</source>
        <translation>Tus servidores</translation>
    </message>
    <message>
        <source>Well-known servers</source>
        <translation>Servidores conocidos</translation>
    </message>
    <message>
        <source>  (sign-in)</source>
        <translation>  (inicio de sesión)</translation>
    </message>
    <message>
        <source>  (key)</source>
        <translation>  (clave)</translation>
    </message>
    <message>
        <source>No server chosen: the model will answer without tools.</source>
        <translation>Ningún servidor elegido: el modelo responderá sin herramientas.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Elegidos: %1</translation>
    </message>
    <message>
        <source>Select a server to see what it does and what it needs.</source>
        <translation>Selecciona un servidor para ver qué hace y qué necesita.</translation>
    </message>
    <message>
        <source>Project page</source>
        <translation>Página del proyecto</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Ejecuta:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not installed on this computer; the server cannot start until it is. Test shows how to get it.</source>
        <translation>«%1» no está instalado en este ordenador; el servidor no puede iniciarse hasta que lo esté. Probar muestra cómo conseguirlo.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Buscar %1</translation>
    </message>
    <message>
        <source>Needs you to sign in: you will do that on the next page, where it can be tested too.</source>
        <translation>Necesita que inicies sesión: lo harás en la página siguiente, donde también podrás probarlo.</translation>
    </message>
    <message>
        <source>Needs a key or token: you will enter it on the next page, where it can be tested too.</source>
        <translation>Necesita una clave o un token: lo escribirás en la página siguiente, donde también podrás probarlo.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>No server was added.</source>
        <translation>No se añadió ningún servidor.</translation>
    </message>
    <message>
        <source>Added and ticked: %1.</source>
        <translation>Añadidos y marcados: %1.</translation>
    </message>
    <message>
        <source>Not added: %1: %2</source>
        <translation>No añadido: %1: %2</translation>
    </message>
</context>
<context>
    <name>harness::gui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Settings categories</source>
        <translation>Categorías de ajustes</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
</context>
<context>
    <name>harness::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column headers of the keyboard shortcuts table: what the shortcut does, and its keys.</extracomment>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>harness::gui::Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Empezar una conversación nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+K)</source>
        <translation>Buscar conversaciones (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar en las conversaciones</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Harnesses</source>
        <translation>Harness</translation>
    </message>
    <message>
        <source>Manage harnesses</source>
        <translation>Gestionar harness</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>No conversation mentions &quot;%1&quot;.</source>
        <translation>Ninguna conversación menciona «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not delete the conversation: %1</source>
        <translation>No se pudo eliminar la conversación: %1</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Dejar de fijar</translation>
    </message>
    <message>
        <source>Conversation actions</source>
        <translation>Acciones de la conversación</translation>
    </message>
    <message>
        <source>Could not pin the conversation: %1</source>
        <translation>No se pudo fijar la conversación: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::SignInProgress</name>
    <message>
        <source>Continue in your browser</source>
        <translation>Continúa en el navegador</translation>
    </message>
    <message>
        <source>Sign in on the page that opened in your web browser, then come back here. If no page opened, copy this link into your browser:</source>
        <translation>Inicia sesión en la página que se abrió en tu navegador web y vuelve aquí. Si no se abrió ninguna página, copia este enlace en el navegador:</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Enlace de inicio de sesión</translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation>Abriendo el navegador…</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation>Copiar el enlace de inicio de sesión</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
</context>
<context>
    <name>harness::gui::SkillsStep</name>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>Optional: who the model is and how it should answer.</source>
        <translation>Opcional: quién es el modelo y cómo debe responder.</translation>
    </message>
    <message>
        <source>e.g. You are a careful research assistant. Cite your sources.</source>
        <translation>p. ej., Eres un asistente de investigación meticuloso. Cita tus fuentes.</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>Nueva habilidad</translation>
    </message>
    <message>
        <source>e.g. Explains code step by step</source>
        <translation>p. ej., Explica el código paso a paso</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Ideas:</source>
        <translation>Ideas:</translation>
    </message>
    <message>
        <source>Cites its sources</source>
        <translation>Cita sus fuentes</translation>
    </message>
    <message>
        <source>Asks before changing files</source>
        <translation>Pregunta antes de cambiar archivos</translation>
    </message>
    <message>
        <source>Answers concisely</source>
        <translation>Responde de forma concisa</translation>
    </message>
    <message>
        <source>Writes tests for code it changes</source>
        <translation>Escribe pruebas para el código que cambia</translation>
    </message>
    <message>
        <source>Suggested prompts</source>
        <translation>Prompts sugeridos</translation>
    </message>
    <message>
        <source>Optional: one per line, offered on an empty chat.</source>
        <translation>Opcional: uno por línea, se ofrecen en un chat vacío.</translation>
    </message>
    <message>
        <source>Short abilities or rules, each with what it is for, added to the system prompt as a list.</source>
        <translation>Capacidades o reglas breves, cada una con su propósito, añadidas como lista al prompt del sistema.</translation>
    </message>
    <message>
        <source>What the new skill is for</source>
        <translation>Para qué sirve la nueva habilidad</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Descripción (opcional)</translation>
    </message>
</context>
<context>
    <name>harness::gui::StoreOpener</name>
    <message>
        <source>Database: %1

Start with a fresh, empty database? The current file is kept next to it under a new name, so nothing is deleted.</source>
        <translation>Base de datos: %1

¿Empezar con una base de datos nueva y vacía? El archivo actual se conserva al lado con otro nombre, así que no se borra nada.</translation>
    </message>
    <message>
        <source>Cannot open your conversations</source>
        <translation>No se pueden abrir tus conversaciones</translation>
    </message>
    <message>
        <source>Start fresh, keep the old file</source>
        <translation>Empezar de cero y conservar el archivo antiguo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>The old database could not be moved aside: %1</source>
        <translation>No se pudo apartar la base de datos antigua: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::SuggestionChips</name>
    <message>
        <source>Ask: %1</source>
        <translation>Preguntar: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::SyncStatusButton</name>
    <message>
        <source>Signing in…</source>
        <extracomment>Status bar: the app is signing in to the Harness account</extracomment>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Local profile</source>
        <extracomment>Status bar: no account, nothing syncs</extracomment>
        <translation>Perfil local</translation>
    </message>
    <message>
        <source>Everything stays on this computer. Click to sign in and sync.</source>
        <translation>Todo se queda en este ordenador. Haz clic para iniciar sesión y sincronizar.</translation>
    </message>
    <message>
        <source>⚠ Signed out</source>
        <translation>⚠ Sesión cerrada</translation>
    </message>
    <message>
        <source>%1
Click to sign in again.</source>
        <translation>%1
Haz clic para volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>✓ Synced</source>
        <translation>✓ Sincronizado</translation>
    </message>
    <message>
        <source>Everything is in sync with your account. Click to sync now.</source>
        <translation>Todo está sincronizado con tu cuenta. Haz clic para sincronizar ahora.</translation>
    </message>
    <message>
        <source>⟳ Syncing…</source>
        <translation>⟳ Sincronizando…</translation>
    </message>
    <message>
        <source>Sending and receiving changes.</source>
        <translation>Enviando y recibiendo cambios.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>The sync service cannot be reached: %1
Changes are kept and sync when the connection is back. Click to try now.</source>
        <translation>No se puede contactar con el servicio de sincronización: %1
Los cambios se conservan y se sincronizarán cuando vuelva la conexión. Haz clic para intentarlo ahora.</translation>
    </message>
    <message>
        <source>⚠ Sync error</source>
        <translation>⚠ Error de sincronización</translation>
    </message>
    <message>
        <source>%1
Click to try again.</source>
        <translation>%1
Haz clic para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Sync waiting</source>
        <translation>Sincronización en espera</translation>
    </message>
    <message>
        <source>Choose what to do with the data on this computer. Click to answer.</source>
        <translation>Elige qué hacer con los datos de este ordenador. Haz clic para responder.</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>Sincronización desactivada</translation>
    </message>
    <message numerus="yes">
        <source>· %n change(s) waiting</source>
        <extracomment>Status bar: local changes not yet sent to the account</extracomment>
        <translation>
            <numerusform>· %n cambio pendiente</numerusform>
            <numerusform>· %n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation>Estado de la sincronización: %1</translation>
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
        <translation>[una imagen que no se pudo mostrar]</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>Recurso:</translation>
    </message>
    <message>
        <source>[audio: %1]</source>
        <translation>[audio: %1]</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Esperando aprobación</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Allow this tool to run?</source>
        <translation>¿Permitir que se ejecute esta herramienta?</translation>
    </message>
    <message>
        <source>It may delete or overwrite data.</source>
        <translation>Puede borrar o sobrescribir datos.</translation>
    </message>
    <message>
        <source>It only reads data.</source>
        <translation>Solo lee datos.</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Permitir una vez</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Permitir siempre</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
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
        <translation>En ejecución</translation>
    </message>
</context>
<context>
    <name>harness::gui::ToolSettings</name>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>When a model wants to use a tool of an MCP server. Choices made for a harness, a server or a single tool in the harness manager, and &quot;always&quot; answers to a prompt, come first.</source>
        <translation>Cuando un modelo quiere usar una herramienta de un servidor MCP. Tienen prioridad las elecciones hechas para un harness, un servidor o una herramienta concreta en el gestor de harness, y las respuestas «siempre» a una pregunta.</translation>
    </message>
    <message>
        <source>Allow read-only tools automatically, ask for the others</source>
        <translation>Permitir automáticamente las herramientas de solo lectura y preguntar por las demás</translation>
    </message>
    <message>
        <source>Tools their server marks as read-only run at once; anything that could change something asks first. Recommended.</source>
        <translation>Las herramientas que su servidor marca como de solo lectura se ejecutan enseguida; todo lo que pueda cambiar algo pregunta antes. Recomendado.</translation>
    </message>
    <message>
        <source>Ask before every tool call</source>
        <translation>Preguntar antes de cada llamada a herramienta</translation>
    </message>
    <message>
        <source>You approve each call, read-only or not.</source>
        <translation>Apruebas cada llamada, sea de solo lectura o no.</translation>
    </message>
    <message>
        <source>Run every tool without asking</source>
        <translation>Ejecutar todas las herramientas sin preguntar</translation>
    </message>
    <message>
        <source>Only for servers you fully trust: a tool may change files, send messages or spend money.</source>
        <translation>Solo para servidores de total confianza: una herramienta puede cambiar archivos, enviar mensajes o gastar dinero.</translation>
    </message>
    <message>
        <source>Never run tools</source>
        <translation>No ejecutar nunca herramientas</translation>
    </message>
    <message>
        <source>Models answer without tools, except where you allowed a tool explicitly.</source>
        <translation>Los modelos responden sin herramientas, salvo donde hayas permitido una herramienta expresamente.</translation>
    </message>
</context>
<context>
    <name>harness::gui::UndoBar</name>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Bring the conversation back</source>
        <translation>Recuperar la conversación</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <extracomment>Shown under the conversation list after a delete, next to the Undo button.</extracomment>
        <translation>Se eliminó «%1»</translation>
    </message>
</context>
<context>
    <name>harness::gui::WelcomePage</name>
    <message>
        <source>Welcome to Harness Desktop</source>
        <translation>Te damos la bienvenida a Harness Desktop</translation>
    </message>
    <message>
        <source>Chat with AI agents that can use your tools. How would you like to start?</source>
        <translation>Chatea con agentes de IA que pueden usar tus herramientas. ¿Cómo quieres empezar?</translation>
    </message>
    <message>
        <source>Sign in to Harness</source>
        <translation>Iniciar sesión en Harness</translation>
    </message>
    <message>
        <source>Your harnesses and conversations stay in sync with the Harness web app and your other computers. Sign-in happens in your web browser.</source>
        <translation>Tus harness y conversaciones se mantienen sincronizados con la aplicación web de Harness y tus otros ordenadores. El inicio de sesión se hace en tu navegador web.</translation>
    </message>
    <message>
        <source>Use without an account</source>
        <translation>Usar sin cuenta</translation>
    </message>
    <message>
        <source>Everything works and stays on this computer; nothing is synced. You can sign in later in Settings.</source>
        <translation>Todo funciona y se queda en este ordenador; no se sincroniza nada. Puedes iniciar sesión más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Open the sign-in settings</source>
        <translation>Abrir los ajustes de inicio de sesión</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Harness Desktop: chat with LLM agents.</source>
        <translation>Harness Desktop: chatea con agentes LLM.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Keep conversations in DIR (default: $HARNESS_DATA_DIR, else the folder chosen with Move data… in Settings, else the platform&apos;s data folder).</source>
        <translation>Guardar las conversaciones en DIR (predeterminado: $HARNESS_DATA_DIR; si no, la carpeta elegida con «Mover datos…» en Ajustes; si no, la carpeta de datos de la plataforma).</translation>
    </message>
</context>
</TS>
