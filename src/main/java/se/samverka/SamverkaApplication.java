package se.samverka;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Samverka: workflow and case management for the crime-prevention collaboration between a municipality and the police.
 * Bound to a process application so that {@code bpmn/} and {@code forms/} are deployed together (see processes.xml).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableProcessApplication("samverka")
public class SamverkaApplication {

  public static void main(String[] args) {
    SpringApplication.run(SamverkaApplication.class, args);
  }
}
