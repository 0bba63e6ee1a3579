/** How the stated-conclusion rules word a claim: what it counts, and what the rows give instead. */
export const conclusions = {
  vi: {
    mismatch: {
      count:
        'ghi "{{quote}}": {{stated}} chỉ tiêu$t(conclusions.counted.{{counted}}){{scope}}, nhưng các dòng của bảng cho {{computed}}.',
      percent: 'ghi "{{quote}}" cho chỉ tiêu "{{indicator}}", nhưng thực hiện ÷ kế hoạch = {{computed, pct}}.',
    },
    confirmed: {
      count: '("{{quote}}") khớp với các dòng của bảng{{scope}}.',
      percent: '("{{quote}}") khớp với chỉ tiêu "{{indicator}}".',
      bySize:
        '("{{quote}}") khớp với các dòng của nhóm duy nhất có {{of}} chỉ tiêu ({{group}}), dù câu không nêu tên nhóm này.',
    },
    unchecked: {
      unnamed:
        "câu này nói về một nhóm chỉ tiêu nhưng không nêu tên nhóm nào của bảng ({{groups}}). Hãy ghi tên nhóm hoặc cơ quan chủ trì như trong bảng.",
      several: "câu này nêu tên nhiều nhóm của bảng ({{groups}}), không rõ nói về nhóm nào.",
      size: "câu này không nêu tên nhóm nào của bảng; nhóm duy nhất có {{of}} chỉ tiêu là {{group}}, các dòng của nhóm này cho {{computed}}.",
    },
    counted: {
      achieved: " hoàn thành",
      not_achieved: " chưa hoàn thành",
      no_data: " chưa có số liệu",
      total: "",
      above: " đạt trên {{share}}%",
    },
  },
  en: {
    mismatch: {
      count:
        'says "{{quote}}": {{stated}}$t(conclusions.counted.{{counted}}){{scope}}, but the table\'s rows give {{computed}}.',
      percent: 'says "{{quote}}" for "{{indicator}}", but actual ÷ plan = {{computed, pct}}.',
    },
    confirmed: {
      count: '("{{quote}}") agrees with the table\'s rows{{scope}}.',
      percent: '("{{quote}}") agrees with the indicator "{{indicator}}".',
      bySize:
        '("{{quote}}") agrees with the rows of the only group of {{of}} indicators ({{group}}), though it does not name it.',
    },
    unchecked: {
      unnamed:
        "it speaks of a group of indicators but names none of the table's ({{groups}}). Write the group or lead agency as the table does.",
      several: "it names more than one of the table's groups ({{groups}}), so which one is meant is unclear.",
      size: "it names none of the table's groups; the only group of {{of}} indicators is {{group}}, whose rows give {{computed}}.",
    },
    counted: {
      achieved: " achieved",
      not_achieved: " not achieved",
      no_data: " without data",
      total: " in all",
      above: " above {{share}}%",
    },
  },
};
