// Written by hand (see convex/README.md): the typed `api` / `internal` objects that
// `npx convex codegen` would generate. At run time both are `anyApi`, which builds function
// references from property paths (api.conversations.list -> "conversations:list").
import { anyApi } from "convex/server";
import type { ApiFromModules, FilterApi, FunctionReference } from "convex/server";
import type * as conversations from "../conversations.js";
import type * as harnesses from "../harnesses.js";
import type * as mcpServers from "../mcpServers.js";
import type * as messages from "../messages.js";
import type * as sync from "../sync.js";
import type * as userSettings from "../userSettings.js";

declare const fullApi: ApiFromModules<{
  conversations: typeof conversations;
  harnesses: typeof harnesses;
  mcpServers: typeof mcpServers;
  messages: typeof messages;
  sync: typeof sync;
  userSettings: typeof userSettings;
}>;

export const api: FilterApi<typeof fullApi, FunctionReference<any, "public">> = anyApi as any;
export const internal: FilterApi<typeof fullApi, FunctionReference<any, "internal">> = anyApi as any;
