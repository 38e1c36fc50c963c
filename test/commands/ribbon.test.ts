/** The ribbon's "Kiểm tra" handler: opens the pane and always completes the event. */
import { officeRibbonHost, runRibbonValidation, RibbonHost } from "../../src/commands/ribbon";

function fakeEvent(): { completed: jest.Mock } {
  return { completed: jest.fn() };
}

function fakeHost(show: () => Promise<void>): RibbonHost & { reportError: jest.Mock; showTaskpane: jest.Mock } {
  return { showTaskpane: jest.fn(show), reportError: jest.fn() };
}

describe("runRibbonValidation", () => {
  test("opens the task pane, then completes the event once", async () => {
    const order: string[] = [];
    const host = fakeHost(async () => void order.push("show"));
    const event = { completed: jest.fn(() => void order.push("completed")) };
    await runRibbonValidation(event, host);
    expect(order).toEqual(["show", "completed"]);
    expect(host.reportError).not.toHaveBeenCalled();
  });

  test("completes the event and reports the error when the pane cannot open", async () => {
    const failure = new Error("pane refused");
    const host = fakeHost(() => Promise.reject(failure));
    const event = fakeEvent();
    await expect(runRibbonValidation(event, host)).resolves.toBeUndefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(host.reportError).toHaveBeenCalledWith(failure);
  });

  test("completes the event when showing the pane throws synchronously", async () => {
    const host = fakeHost(() => {
      throw new TypeError("boom");
    });
    const event = fakeEvent();
    await runRibbonValidation(event, host);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(host.reportError).toHaveBeenCalledWith(expect.any(TypeError));
  });
});

describe("officeRibbonHost", () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => delete g.Office);

  test("shows the pane through Office.addin.showAsTaskpane", async () => {
    const showAsTaskpane = jest.fn(() => Promise.resolve());
    g.Office = { addin: { showAsTaskpane } };
    await officeRibbonHost().showTaskpane();
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
  });

  test("rejects (not throws) without a shared runtime, so the event is still completed", async () => {
    g.Office = {};
    const event = fakeEvent();
    const host = officeRibbonHost();
    const reportError = jest.spyOn(host, "reportError").mockImplementation(() => undefined);
    await runRibbonValidation(event, host);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(String(reportError.mock.calls[0][0])).toMatch(/shared runtime/);
  });
});
