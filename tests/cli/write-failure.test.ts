/** A summary that cannot be written says why in the language asked, naming the output, never the temporary file. */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runSummarize } from "../../src/cli/summarize";
import { writeFailureReason } from "../../src/cli/write-failure";
import { recordingIo, tempDir, writeFixtures, type Fixtures } from "./fixtures";

let fx: Fixtures;
beforeAll(async () => {
  fx = await writeFixtures();
});

function systemError(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: permission denied, open '${path}'`), { code, path });
}

describe("write failures", () => {
  it("say in Vietnamese that the output folder cannot be written, without the system's English", () => {
    const output = "/srv/bao-cao/tong-hop.xlsx";
    const tmp = `${output}.24282.tmp`;
    expect(writeFailureReason(systemError("EACCES", tmp), output, "vi")).toBe(
      "không có quyền ghi vào thư mục /srv/bao-cao",
    );
    expect(writeFailureReason(systemError("ENOSPC", tmp), output, "vi")).toBe(
      "ổ đĩa chứa thư mục /srv/bao-cao đã hết chỗ",
    );
    expect(writeFailureReason(systemError("EROFS", tmp), output, "en")).toBe("the folder /srv/bao-cao is read-only");
    expect(writeFailureReason(systemError("EIO", tmp), output, "vi")).toBe("lỗi hệ thống khi ghi tệp (EIO)");
  });

  it("name the output a user gave when a folder of that name is in the way", async () => {
    const blocked = join(await tempDir(), "tong-hop.xlsx");
    await mkdir(blocked);
    const io = recordingIo();
    expect(await runSummarize([fx.english], { output: blocked, lang: "vi" }, io)).toBe(2);
    expect(io.stderr).toBe(`Không ghi được ${blocked}: đã có một thư mục trùng tên này; hãy chọn tên tệp khác\n`);
  });

  it("name the file that stands where a folder of the output's path should be, however deep", async () => {
    for (const [inside, lang, reason] of [
      [join(fx.english, "tong-hop.xlsx"), "vi", `${fx.english} là một tệp, không phải thư mục`],
      [join(fx.english, "con", "tong-hop.xlsx"), "en", `${fx.english} is a file, not a folder`],
    ] as const) {
      const io = recordingIo();
      expect(await runSummarize([fx.english], { output: inside, lang }, io)).toBe(2);
      expect(io.stderr).toBe(`${lang === "vi" ? "Không ghi được" : "Could not write"} ${inside}: ${reason}\n`);
    }
  });

  it("say a folder that exists but takes no new file is such, not missing", async () => {
    const folder = await tempDir();
    const output = join(folder, "tong-hop.xlsx");
    expect(writeFailureReason(systemError("ENOENT", `${output}.24282.tmp`), output, "vi")).toBe(
      `thư mục ${folder} có sẵn nhưng không tạo được tệp trong đó`,
    );
    const gone = join(folder, "khong-co", "tong-hop.xlsx");
    expect(writeFailureReason(systemError("ENOENT", gone), gone, "en")).toBe(
      `the folder ${join(folder, "khong-co")} does not exist`,
    );
  });

  it.runIf(process.platform === "linux")("say so of /proc, where no file can be made", async () => {
    const io = recordingIo();
    expect(await runSummarize([fx.english], { output: "/proc/tong-hop.xlsx", lang: "en" }, io)).toBe(2);
    expect(io.stderr).toBe(
      "Could not write /proc/tong-hop.xlsx: the folder /proc exists but no file can be created in it\n",
    );
  });
});
