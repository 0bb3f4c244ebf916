package vn.chibo.command.task;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the overdue check. */
@Configuration
@EnableScheduling
class TaskScheduling {
}
