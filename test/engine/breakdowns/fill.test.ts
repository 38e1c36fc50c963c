/**
 * Fill in breakdown tables (issue 9): percent cells get formulas against their resolved base row — a
 * "Trong đó" subset against its parent, a rating against the rated total — never against the table total.
 */
import { analyzeGrid } from "../../../src/engine/analyze";
import { planFill } from "../../../src/engine/fill";
import { invertPlan } from "../../../src/engine/plan";
import { applyPlanToGrid } from "../../../src/engine/fill";
import { loadFixture } from "../../helpers/fixtures";

async function plan(name: string) {
  const [grid] = await loadFixture(name);
  const [table] = analyzeGrid(grid).tables;
  return { grid, plan: planFill(grid, table) };
}

describe("fill writes percent formulas against the resolved base", () => {
  it("the women's share of those admitted: D7 = C7 / C5 (47/68 = 69,12), not of the plan", async () => {
    const { plan: p } = await plan("bd-v-haiduong-2014-wrong-base");
    const d7 = p.edits.find((e) => e.row === 6 && e.col === 3);
    expect(d7?.after.formula).toBe('=IF($C$5=0,"",ROUND(C7/$C$5*100,2))');
    expect(d7?.after.value).toBe(69.12);
  });

  it("an exemplary sub-item's share of its parent row: D6 = C6 / C5 (107/439 = 24,37); the ratings of the rated total C4", async () => {
    const { grid, plan: p } = await plan("bd-r-cantho-2016");
    const at = (r: number) => p.edits.find((e) => e.row === r && e.col === 3)?.after;
    expect(at(5)?.formula).toBe('=IF($C$5=0,"",ROUND(C6/$C$5*100,2))');
    expect(at(6)?.formula).toBe('=IF($C$4=0,"",ROUND(C7/$C$4*100,2))');
    expect(at(6)?.value).toBe(30.96); // 217/701
    // Previewed and undoable: applying the plan and then its inverse gives the sheet back.
    const undone = applyPlanToGrid(applyPlanToGrid(grid, p), invertPlan(p));
    expect(undone.values).toEqual(grid.values);
  });
});
