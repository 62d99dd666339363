import { test, expect } from "vitest";
import { api } from "../../convex/_generated/api";
import { newBackend } from "./setup";
test("smoke", async () => {
  const { alice } = newBackend();
  const id = await alice.mutation(api.harnesses.create, { name: "H", model: "m" });
  const list = await alice.query(api.harnesses.list, {});
  expect(list.map((h: any) => h._id)).toEqual([id]);
});
