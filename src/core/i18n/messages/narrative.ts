/**
 * The meeting paragraph (src/core/narrative): formal administrative Vietnamese and plain English. Counts choose
 * among `zero`, `one` and `many` so that none and one read naturally ("không có chỉ tiêu nào …", "1 indicator is").
 */
export const narrative = {
  vi: {
    // The share in brackets, as the article writes "20/27 chỉ tiêu … (74,1 %)": "đạt" would read as a share of plan.
    overall: {
      withPeriod: "{{period}}, {{body}}.",
      toDate: "Đến nay, {{body}}.",
      // One year's figures, or one quarter's own, under a plan of several years are measured against the whole
      // period's plan, as is said.
      yearOfPlan: "{{period}}, so với kế hoạch giai đoạn {{from}}–{{to}}, {{body}}.",
      // A quarter's own figures are judged against the whole year's plan, as is said once here and at each share.
      quarterOfYear: "{{period}}, so với kế hoạch năm, {{body}}.",
      empty: "không có chỉ tiêu nào để đánh giá",
      noResult: "chưa đánh giá được {{total, num}} chỉ tiêu vì hàng tiêu đề {{header}} không có cột kết quả thực hiện",
      noPlanColumn: "chưa đánh giá được {{total, num}} chỉ tiêu vì hàng tiêu đề {{header}} không có cột kế hoạch",
      noPlanFigures:
        "chưa đánh giá được {{total, num}} chỉ tiêu vì không chỉ tiêu nào có kế hoạch bằng số (cột {{column}})",
      zero: "không có chỉ tiêu nào hoàn thành (0/{{total, num}})",
      one: "1/{{total, num}} chỉ tiêu hoàn thành ({{share}})",
      many: "{{achieved, num}}/{{total, num}} chỉ tiêu hoàn thành ({{share}})",
      // The article's "một số chỉ tiêu vượt trước thời hạn": achieved before the plan period ends.
      ahead: {
        some: "{{body}}, trong đó {{count, num}} chỉ tiêu hoàn thành trước thời hạn",
        all: "{{body}}, cả {{count, num}} chỉ tiêu đều hoàn thành trước thời hạn",
        it: "{{body}}, chỉ tiêu này hoàn thành trước thời hạn",
      },
      // A table of one indicator names it in the opening, so no later sentence counts it again.
      single: {
        achieved: "chỉ tiêu duy nhất, {{item}}, đã hoàn thành",
        ahead: "chỉ tiêu duy nhất, {{item}}, đã hoàn thành trước thời hạn",
        onPace: "chỉ tiêu duy nhất, {{item}}, chưa hoàn thành nhưng đúng tiến độ",
        behind: "chỉ tiêu duy nhất, {{item}}, chưa hoàn thành và chậm tiến độ",
        near: "chỉ tiêu duy nhất, {{item}}, chưa hoàn thành nhưng đạt từ {{near}} {{planWord}} trở lên",
        notAchieved: "chỉ tiêu duy nhất, {{item}}, chưa hoàn thành",
        noData: "chỉ tiêu duy nhất, {{item}}, chưa có số liệu",
      },
    },
    // "Trong 12 chỉ tiêu do Sở LĐTB&XH chủ trì, 11 chỉ tiêu hoàn thành; trong 5 chỉ tiêu …": the article's order.
    groups: {
      bySection: "{{list}}.",
      byLead: "{{list}}.",
      separator: "; ",
      of: "thuộc nhóm “{{name}}”",
      ofPhrase: "{{phrase}}",
      ofNone: "không thuộc nhóm nào",
      ofLead: "do {{name}} chủ trì",
      ofNoLead: "chưa ghi cơ quan chủ trì",
      zero: "trong {{count, num}} chỉ tiêu {{of}}, không có chỉ tiêu nào hoàn thành",
      one: "trong {{count, num}} chỉ tiêu {{of}}, 1 chỉ tiêu hoàn thành",
      many: "trong {{count, num}} chỉ tiêu {{of}}, {{achieved, num}} chỉ tiêu hoàn thành",
      all: "cả {{count, num}} chỉ tiêu {{of}} đều hoàn thành",
      only: {
        achieved: "chỉ tiêu duy nhất {{of}} đã hoàn thành",
        near: "chỉ tiêu duy nhất {{of}} chưa hoàn thành nhưng đạt từ {{near}} {{planWord}} trở lên",
        notAchieved: "chỉ tiêu duy nhất {{of}} chưa hoàn thành",
        noData: "chỉ tiêu duy nhất {{of}} chưa có số liệu",
      },
      nearRest: "{{count, num}} chỉ tiêu còn lại đạt từ {{near}} {{planWord}} trở lên",
      near: "{{count, num}} chỉ tiêu đạt từ {{near}} {{planWord}} trở lên",
      nearAll: "song cả {{count, num}} chỉ tiêu đều đạt từ {{near}} {{planWord}} trở lên",
    },
    notAchieved: {
      zero: "Không có chỉ tiêu nào chưa hoàn thành.",
      one: "1 chỉ tiêu chưa hoàn thành: {{list}}.",
      many: "{{count, num}} chỉ tiêu chưa hoàn thành: {{list}}.",
      otherOne: "1 chỉ tiêu khác chưa hoàn thành: {{list}}.",
      otherMany: "{{count, num}} chỉ tiêu khác chưa hoàn thành: {{list}}.",
    },
    onPace: {
      one: "1 chỉ tiêu chưa hoàn thành nhưng đúng tiến độ: {{list}}.",
      many: "{{count, num}} chỉ tiêu chưa hoàn thành nhưng đúng tiến độ: {{list}}.",
    },
    near: {
      one: "1 chỉ tiêu chưa hoàn thành nhưng đạt từ {{near}} {{planWord}} trở lên: {{list}}.",
      many: "{{count, num}} chỉ tiêu chưa hoàn thành nhưng đạt từ {{near}} {{planWord}} trở lên: {{list}}.",
      otherOne: "1 chỉ tiêu khác chưa hoàn thành nhưng đạt từ {{near}} {{planWord}} trở lên: {{list}}.",
      otherMany: "{{count, num}} chỉ tiêu khác chưa hoàn thành nhưng đạt từ {{near}} {{planWord}} trở lên: {{list}}.",
    },
    pace: {
      sentence: "Về tiến độ (đã qua {{elapsed}} thời gian kế hoạch), {{behind}}.",
      behind: {
        zero: "không có chỉ tiêu nào chậm tiến độ",
        one: "1 chỉ tiêu chậm tiến độ: {{list}}",
        many: "{{count, num}} chỉ tiêu chậm tiến độ: {{list}}",
      },
    },
    noData: {
      one: "1 chỉ tiêu chưa có số liệu: {{list}}.",
      many: "{{count, num}} chỉ tiêu chưa có số liệu: {{list}}.",
    },
    figure: {
      amount: "{{actual}}/{{plan}}{{unit}}, đạt {{attainment}} {{planWord}}",
      ceiling: "{{actual}}{{unit}}, mức trần {{plan}}{{unit}}, {{gap}}",
      // The gap unsigned, with the side it falls on: the article's "thấp hơn mức trần 0,5 % là 0,47 điểm phần trăm".
      rateAbove: "{{actual}}, cao hơn {{target}} là {{points}} điểm phần trăm",
      rateBelow: "{{actual}}, thấp hơn {{target}} là {{points}} điểm phần trăm",
      rateEqual: "{{actual}}, bằng {{target}}",
      rateEqualNotAbove: "{{actual}}, bằng {{target}}, chưa vượt",
      rateEqualNotBelow: "{{actual}}, bằng {{target}}, chưa thấp hơn",
      targetRate: "chỉ tiêu {{value}}",
      ceilingRate: "mức trần {{value}}",
      actualOnly: "thực hiện {{actual}}{{unit}}",
      yearly: {
        sentence: "{{change}} giai đoạn {{from}}–{{to}}, cam kết {{commitment}}",
        over: "{{change}} giai đoạn {{from}}–{{to}}",
        fall: "giảm bình quân {{value}}{{unit}}/năm",
        rise: "tăng bình quân {{value}}{{unit}}/năm",
        none: "không đổi",
        commit: { fall: "giảm {{value}}{{unit}}/năm", rise: "tăng {{value}}{{unit}}/năm" },
        range: "{{low}}–{{high}}",
        points: " điểm phần trăm",
      },
    },
    // What a share is of: a quarter's own figures are a share of the year's plan, not of the quarter's.
    plan: { whole: "kế hoạch", year: "kế hoạch năm" },
    list: { more: "{{list}} và {{count, num}} chỉ tiêu khác", moreOne: "{{list}} và 1 chỉ tiêu khác" },
  },
  en: {
    overall: {
      withPeriod: "{{period}}, {{body}}.",
      toDate: "To date, {{body}}.",
      yearOfPlan: "{{period}}, against the {{from}}–{{to}} plan, {{body}}.",
      quarterOfYear: "{{period}}, against the year's plan, {{body}}.",
      empty: "there is no indicator to assess",
      noResult: "none of the {{total, num}} indicators can be assessed, as header row {{header}} has no result column",
      noPlanColumn:
        "none of the {{total, num}} indicators can be assessed, as header row {{header}} has no plan column",
      noPlanFigures:
        "none of the {{total, num}} indicators can be assessed, as no plan in column {{column}} is a figure",
      zero: "none of the {{total, num}} indicators is achieved (0/{{total, num}})",
      one: "1 of {{total, num}} indicators is achieved ({{share}})",
      many: "{{achieved, num}} of {{total, num}} indicators are achieved ({{share}})",
      ahead: {
        some: "{{body}}, {{count, num}} of them ahead of time",
        all: "{{body}}, all of them ahead of time",
        it: "{{body}}, ahead of time",
      },
      single: {
        achieved: "the only indicator, {{item}}, is achieved",
        ahead: "the only indicator, {{item}}, is achieved ahead of time",
        onPace: "the only indicator, {{item}}, is not achieved yet but is on pace",
        behind: "the only indicator, {{item}}, is not achieved and is behind schedule",
        near: "the only indicator, {{item}}, is not achieved but is at or above {{near}} of {{planWord}}",
        notAchieved: "the only indicator, {{item}}, is not achieved",
        noData: "the only indicator, {{item}}, has no data yet",
      },
    },
    groups: {
      bySection: "By group: {{list}}.",
      byLead: "By lead agency: {{list}}.",
      separator: "; ",
      of: "in “{{name}}”",
      ofPhrase: "in “{{name}}”",
      ofNone: "outside any group",
      ofLead: "led by {{name}}",
      ofNoLead: "with no lead agency",
      zero: "none of the {{count, num}} indicators {{of}} is achieved",
      one: "1 of the {{count, num}} indicators {{of}} is achieved",
      many: "{{achieved, num}} of the {{count, num}} indicators {{of}} are achieved",
      all: "each of the {{count, num}} indicators {{of}} is achieved",
      only: {
        achieved: "the only indicator {{of}} is achieved",
        near: "the only indicator {{of}} is not achieved but is at or above {{near}} of {{planWord}}",
        notAchieved: "the only indicator {{of}} is not achieved",
        noData: "the only indicator {{of}} has no data yet",
      },
      nearRest: "the other {{count, num}} at or above {{near}} of {{planWord}}",
      near: "{{count, num}} at or above {{near}} of {{planWord}}",
      nearAll: "though each is at or above {{near}} of {{planWord}}",
    },
    notAchieved: {
      zero: "No indicator falls short of its target.",
      one: "1 indicator is not achieved: {{list}}.",
      many: "{{count, num}} indicators are not achieved: {{list}}.",
      otherOne: "1 other indicator is not achieved: {{list}}.",
      otherMany: "{{count, num}} other indicators are not achieved: {{list}}.",
    },
    onPace: {
      one: "1 indicator is not achieved yet but is on pace: {{list}}.",
      many: "{{count, num}} indicators are not achieved yet but are on pace: {{list}}.",
    },
    near: {
      one: "1 indicator is not achieved but is at or above {{near}} of {{planWord}}: {{list}}.",
      many: "{{count, num}} indicators are not achieved but are at or above {{near}} of {{planWord}}: {{list}}.",
      otherOne: "1 other indicator is not achieved but is at or above {{near}} of {{planWord}}: {{list}}.",
      otherMany:
        "{{count, num}} other indicators are not achieved but are at or above {{near}} of {{planWord}}: {{list}}.",
    },
    pace: {
      sentence: "As to pace ({{elapsed}} of the plan period elapsed), {{behind}}.",
      behind: {
        zero: "no indicator is behind schedule",
        one: "1 indicator is behind schedule: {{list}}",
        many: "{{count, num}} indicators are behind schedule: {{list}}",
      },
    },
    noData: {
      one: "1 indicator has no data yet: {{list}}.",
      many: "{{count, num}} indicators have no data yet: {{list}}.",
    },
    figure: {
      amount: "{{actual}} of {{plan}}{{unit}}, {{attainment}} of {{planWord}}",
      ceiling: "{{actual}}{{unit}}, ceiling {{plan}}{{unit}}, {{gap}}",
      rateAbove: "{{actual}}, {{points}} percentage points above {{target}}",
      rateBelow: "{{actual}}, {{points}} percentage points below {{target}}",
      rateEqual: "{{actual}}, equal to {{target}}",
      rateEqualNotAbove: "{{actual}}, equal to {{target}}, not above it",
      rateEqualNotBelow: "{{actual}}, equal to {{target}}, not below it",
      targetRate: "the {{value}} target",
      ceilingRate: "the {{value}} ceiling",
      actualOnly: "actual {{actual}}{{unit}}",
      yearly: {
        sentence: "{{change}} over {{from}}–{{to}}, against a committed {{commitment}}",
        over: "{{change}} over {{from}}–{{to}}",
        fall: "down {{value}}{{unit}} a year on average",
        rise: "up {{value}}{{unit}} a year on average",
        none: "unchanged",
        commit: { fall: "fall of {{value}}{{unit}} a year", rise: "rise of {{value}}{{unit}} a year" },
        range: "{{low}}–{{high}}",
        points: " percentage points",
      },
    },
    plan: { whole: "plan", year: "the year's plan" },
    // After names parted by semicolons, as the list of them all ends: "A (…); …; E (…); and 2 other indicators".
    list: { more: "{{list}}; and {{count, num}} other indicators", moreOne: "{{list}}; and 1 other indicator" },
  },
};
