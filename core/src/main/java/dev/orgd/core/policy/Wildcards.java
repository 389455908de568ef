package dev.orgd.core.policy;

/** IAM wildcard matching: {@code *} matches any run of characters, {@code ?} any one character. */
final class Wildcards {
  private Wildcards() {}

  static boolean hasWildcard(String pattern) {
    return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
  }

  /** Whole-string match, case-sensitive; linear backtracking over the last {@code *}. */
  static boolean matches(String pattern, String text) {
    int p = 0;
    int t = 0;
    int star = -1;
    int mark = 0;
    while (t < text.length()) {
      if (p < pattern.length()
          && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
        p++;
        t++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        mark = t;
      } else if (star >= 0) {
        p = star + 1;
        t = ++mark;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  /**
   * {@code ArnLike}/{@code ArnEquals}: the six colon-separated parts are matched one by one, so a
   * wildcard in one part does not reach into the next; the resource part may itself hold colons. A
   * pattern of fewer than six parts matches nothing but a lone {@code *} matches everything.
   */
  static boolean matchesArn(String pattern, String arn) {
    String[] p = pattern.split(":", 6);
    String[] a = arn.split(":", 6);
    if (pattern.equals("*")) {
      return true;
    }
    if (p.length != 6 || a.length != 6) {
      return false;
    }
    for (int i = 0; i < 6; i++) {
      if (!matches(p[i], a[i])) {
        return false;
      }
    }
    return true;
  }
}
