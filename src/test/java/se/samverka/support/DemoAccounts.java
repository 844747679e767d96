package se.samverka.support;

import java.util.List;

/** The groups of ARCHITECTURE.md, each with a demo account of the same name (password {@code demo}). */
public final class DemoAccounts {

  public static final List<String> GROUPS = List.of("samordnare", "skola", "socialtjanst", "polis", "fritid",
      "faltare", "socialjour", "alkoholhandlaggare", "raddningstjanst", "trygghetssamordnare", "kommunikator", "styrgrupp", "chef",
      "chefSocialtjanst", "chefPolis", "bostadsbolag", "vaktbolag");

  private DemoAccounts() {}
}
