/** Ribbon command registration against a fake Office global. */
import { registerRibbonCommands, VALIDATE_SHEET_ACTION, OfficeActionsHost } from "../../src/commands/commands";

type Handler = (arg?: unknown) => void;

function fakeOffice(ready: Promise<unknown> = Promise.resolve({ host: "Excel" })) {
  const handlers = new Map<string, Handler>();
  const showAsTaskpane = jest.fn(() => Promise.resolve());
  const office = {
    onReady: jest.fn(() => ready),
    actions: { associate: jest.fn((id: string, fn: Handler) => void handlers.set(id, fn)) },
    addin: { showAsTaskpane },
  };
  return { office, handlers, showAsTaskpane };
}

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe("registerRibbonCommands", () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => delete g.Office);

  test("the action id is the manifest's FunctionName", () => {
    expect(VALIDATE_SHEET_ACTION).toBe("validateSheet");
  });

  test("waits for Office.onReady, then associates validateSheet", async () => {
    let ready!: (v: unknown) => void;
    const { office, handlers } = fakeOffice(new Promise((resolve) => (ready = resolve)));
    const done = registerRibbonCommands(office);
    await flush();
    expect(office.actions.associate).not.toHaveBeenCalled();
    ready({ host: "Excel" });
    await done;
    expect([...handlers.keys()]).toEqual(["validateSheet"]);
  });

  test("the associated handler opens the pane and completes the event", async () => {
    const { office, handlers, showAsTaskpane } = fakeOffice();
    g.Office = office;
    await registerRibbonCommands(office);
    const event = { completed: jest.fn() };
    handlers.get("validateSheet")!(event);
    await flush();
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("hosts without Office.actions are skipped quietly", async () => {
    const office: OfficeActionsHost = { onReady: () => Promise.resolve({}) };
    await expect(registerRibbonCommands(office)).resolves.toBeUndefined();
  });
});
