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
        'says "{{quote}}": {{stated}} indicators$t(conclusions.counted.{{counted}}){{scope}}, but the table\'s rows give {{computed}}.',
      percent: 'says "{{quote}}" for "{{indicator}}", but actual ÷ plan = {{computed, pct}}.',
    },
    confirmed: {
      count: '("{{quote}}") agrees with the table\'s rows{{scope}}.',
      percent: '("{{quote}}") agrees with the indicator "{{indicator}}".',
    },
    counted: {
      achieved: " achieved",
      not_achieved: " not achieved",
      no_data: " without data",
      total: "",
      above: " above {{share}}%",
    },
  },
};
