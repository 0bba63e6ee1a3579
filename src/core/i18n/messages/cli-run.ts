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
    help: {
      usage: "Cách dùng:",
      options: "Tùy chọn:",
      commands: "Lệnh:",
      arguments: "Đối số:",
      langDefault: "(mặc định: vi)",
      placeholder: {
        options: "tùy chọn",
        command: "lệnh",
        files: "tệp",
        name: "tên",
        mapping: "vai_trò=cột,...",
        period: "kỳ",
        near: "tỷ_lệ",
        outliers: "ngưỡng",
        output: "tệp.xlsx",
      },
    },
    parser: {
      unknownOption: "không có tùy chọn {{name}}",
      unknownCommand: "không có lệnh {{name}}; các lệnh: check, summarize, consolidate",
      missingArgument: "thiếu tệp .xlsx cần xử lý",
      optionMissingArgument: "tùy chọn {{name}} cần một giá trị",
      missingMandatoryOption: "thiếu tùy chọn bắt buộc {{name}}",
      excessArguments: "thừa đối số",
      other: "dòng lệnh không hợp lệ",
      suggestion: "(có phải là {{suggestion}}?)",
    },
    write: {
      denied: "không có quyền ghi vào thư mục {{folder}}",
      readOnly: "thư mục {{folder}} chỉ cho đọc, không ghi được",
      noSpace: "ổ đĩa chứa thư mục {{folder}} đã hết chỗ",
      isFolder: "đã có một thư mục trùng tên này; hãy chọn tên tệp khác",
      badFolder: "thư mục {{folder}} không tồn tại",
      fileInPath: "{{file}} là một tệp, không phải thư mục",
      noNewFile: "thư mục {{folder}} có sẵn nhưng không tạo được tệp trong đó",
      nameTooLong: "tên tệp hoặc đường dẫn quá dài",
      busy: "tệp đang được mở ở chương trình khác (có thể là Excel); hãy đóng tệp rồi chạy lại",
      system: "lỗi hệ thống khi ghi tệp ({{code}})",
    },
    map: {
      sameColumn:
        "--map: cột {{column}} được chỉ định cho hai vai trò ({{first}} và {{second}}); mỗi cột chỉ một vai trò",
      outside: "--map: cột {{column}} ({{role}}) nằm ngoài bảng của trang này (cột {{first}} đến {{last}})",
    },
    progress: {
      building: "Đang lập bảng tổng hợp ({{indicators}})…",
      writing: "Đang ghi {{file}}…",
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
    help: {
      usage: "Usage:",
      options: "Options:",
      commands: "Commands:",
      arguments: "Arguments:",
      langDefault: "(default: vi)",
      placeholder: {
        options: "options",
        command: "command",
        files: "files",
        name: "name",
        mapping: "role=column,...",
        period: "period",
        near: "share",
        outliers: "thresholds",
        output: "file.xlsx",
      },
    },
    parser: {
      unknownOption: "unknown option {{name}}",
      unknownCommand: "unknown command {{name}}; commands: check, summarize, consolidate",
      missingArgument: "no .xlsx file given",
      optionMissingArgument: "option {{name}} needs a value",
      missingMandatoryOption: "required option {{name}} not given",
      excessArguments: "too many arguments",
      other: "invalid command line",
      suggestion: "(did you mean {{suggestion}}?)",
    },
    write: {
      denied: "no permission to write in the folder {{folder}}",
      readOnly: "the folder {{folder}} is read-only",
      noSpace: "the disk holding {{folder}} is full",
      isFolder: "a folder with this name exists; choose another file name",
      badFolder: "the folder {{folder}} does not exist",
      fileInPath: "{{file}} is a file, not a folder",
      noNewFile: "the folder {{folder}} exists but no file can be created in it",
      nameTooLong: "the file name or path is too long",
      busy: "the file is open in another program (perhaps Excel); close it and run again",
      system: "system error while writing the file ({{code}})",
    },
    map: {
      sameColumn: "--map: column {{column}} is given for two roles ({{first}} and {{second}}); one role per column",
      outside: "--map: column {{column}} ({{role}}) is outside this sheet's table (columns {{first}} to {{last}})",
    },
    progress: {
      building: "Building the summary ({{indicators}})…",
      writing: "Writing {{file}}…",
    },
    output: {
      sameAsInput: "the output {{file}} is the input {{input}} (the same file, through a link); choose another name",
    },
  },
};
