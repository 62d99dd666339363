// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
import { v } from "convex/values";

export const harnessStatus = v.union(v.literal("started"), v.literal("stopped"), v.literal("draft"));
export const authType = v.union(v.literal("none"), v.literal("bearer"), v.literal("oauth"));
export const mcpTransport = v.union(v.literal("stdio"), v.literal("http"), v.literal("sse"));

// A harness's MCP server: the web app's early string form, or an object without any token.
export const mcpRef = v.union(
  v.string(),
  v.object({
    name: v.string(),
    url: v.optional(v.string()),
    authType: v.optional(authType),
    serverClientId: v.optional(v.string()),
  }),
);

export const messageRole = v.union(v.literal("user"), v.literal("assistant"), v.literal("system"));
export const messageStatus = v.union(
  v.literal("streaming"),
  v.literal("complete"),
  v.literal("stopped"),
  v.literal("interrupted"),
  v.literal("error"),
);

const toolResultItem = v.union(
  v.object({ type: v.literal("text"), text: v.string() }),
  v.object({ type: v.literal("image"), mimeType: v.string(), data: v.string() }),
  v.object({
    type: v.literal("resource"),
    uri: v.string(),
    mimeType: v.optional(v.string()),
    text: v.optional(v.string()),
  }),
);

export const messagePart = v.union(
  v.object({ type: v.literal("text"), text: v.string() }),
  v.object({ type: v.literal("reasoning"), text: v.string() }),
  v.object({
    type: v.literal("tool_call"),
    callId: v.string(),
    name: v.string(),
    arguments: v.string(),
    server: v.optional(v.string()),
  }),
  v.object({
    type: v.literal("tool_result"),
    callId: v.string(),
    content: v.string(),
    isError: v.optional(v.boolean()),
    items: v.optional(v.array(toolResultItem)),
  }),
);

export const usage = v.object({
  promptTokens: v.optional(v.number()),
  completionTokens: v.optional(v.number()),
  reasoningTokens: v.optional(v.number()),
  totalTokens: v.optional(v.number()),
  cost: v.optional(v.number()),
});

// Editable fields as upsert arguments: every field optional; null clears an optional field.
export const harnessFields = v.object({
  name: v.optional(v.string()),
  model: v.optional(v.string()),
  status: v.optional(harnessStatus),
  mcps: v.optional(v.array(mcpRef)),
  skills: v.optional(v.array(v.string())),
  systemPrompt: v.optional(v.union(v.string(), v.null())),
  suggestedPrompts: v.optional(v.union(v.array(v.string()), v.null())),
  lastUsedAt: v.optional(v.union(v.number(), v.null())),
});

export const conversationFields = v.object({
  title: v.optional(v.string()),
  lastHarnessClientId: v.optional(v.union(v.string(), v.null())),
  lastMessageAt: v.optional(v.number()),
});

export const mcpServerFields = v.object({
  name: v.optional(v.string()),
  transport: v.optional(mcpTransport),
  url: v.optional(v.union(v.string(), v.null())),
  command: v.optional(v.union(v.string(), v.null())),
  args: v.optional(v.union(v.array(v.string()), v.null())),
  authType: v.optional(authType),
  description: v.optional(v.union(v.string(), v.null())),
  enabled: v.optional(v.boolean()),
});

export const settingsFields = v.object({
  autoSwitchHarness: v.optional(v.boolean()),
});

export const messageFields = v.object({
  conversationClientId: v.string(),
  role: messageRole,
  content: v.string(),
  parts: v.optional(v.array(messagePart)),
  usage: v.optional(usage),
  model: v.optional(v.string()),
  harnessClientId: v.optional(v.string()),
  status: messageStatus,
  error: v.optional(v.string()),
  createdAt: v.number(),
  // The clientId of the user message that replaced this one (edit and resend); null: current.
  supersededBy: v.optional(v.union(v.string(), v.null())),
});

export const clientId = v.string();
