/**
 * Texts of the command line about its inputs and outputs as files (what kind of file, whether it can be written)
 * and about its own parser, kept apart from ./cli so each area's messages stay in one block.
 */
export const cliRun = {
  vi: {
    input: {
      fifo: "đây là đường ống (named pipe), không phải tệp; hãy chỉ ra tệp .xlsx",
      device: "đây là thiết bị, không phải tệp; hãy chỉ ra tệp .xlsx",
      socket: "đây là socket, không phải tệp; hãy chỉ ra tệp .xlsx",
      special: "đây không phải tệp thông thường; hãy chỉ ra tệp .xlsx",
    },
    output: {
      sameAsInput:
        "tệp kết quả {{file}} chính là tệp đầu vào {{input}} (cùng một tệp, qua liên kết); hãy chọn tên khác",
    },
  },
  en: {
    input: {
      fifo: "this is a named pipe, not a file; give an .xlsx file",
      device: "this is a device, not a file; give an .xlsx file",
      socket: "this is a socket, not a file; give an .xlsx file",
      special: "this is not a regular file; give an .xlsx file",
    },
    output: {
      sameAsInput: "the output {{file}} is the input {{input}} (the same file, through a link); choose another name",
    },
  },
};
