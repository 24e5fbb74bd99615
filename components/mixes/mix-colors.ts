// One colour per mix, used for the tab dot, the panel accent and the map pins.
// All reach 3:1 against white (non-text contrast) and stay apart for common colour-blindness.
export const MIX_COLORS = ["#6b2cf5", "#d6246e", "#0a7f6f", "#c25100", "#1f5fd1", "#8a5a00", "#a0168f", "#38702a"];

export const mixColor = (i: number) => MIX_COLORS[i % MIX_COLORS.length]!;
