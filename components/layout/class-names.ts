/** The class names that apply, joined: cx(styles.tab, active && "is-active"). */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
