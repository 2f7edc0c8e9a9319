package nl.clubhuis.demo;

import java.time.Clock;

import nl.clubhuis.agenda.AgendaCatalog;
import nl.clubhuis.agenda.EventService;
import nl.clubhuis.agenda.RegistrationService;
import nl.clubhuis.documents.DoetankDocuments;
import nl.clubhuis.doetank.DoetankEditService;
import nl.clubhuis.doetank.DoetankHistory;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.DoetankToolkit;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.TeamGuests;
import nl.clubhuis.doetank.TeamService;
import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberService;
import nl.clubhuis.member.Profiles;
import nl.clubhuis.partners.Partners;
import nl.clubhuis.publishing.PostCatalog;
import nl.clubhuis.publishing.PostService;
import nl.clubhuis.route.AdopterService;
import nl.clubhuis.route.GateReviewService;
import nl.clubhuis.route.MilestoneService;
import nl.clubhuis.route.RouteRecords;
import nl.clubhuis.toolkit.ToolkitCatalog;
import nl.clubhuis.toolkit.WerkvormService;
import nl.clubhuis.toolkit.WerkvormUsages;

import org.springframework.context.ApplicationContext;

/**
 * The demo beans exist only with the demo profile; integration tests share one context
 * without it, so a test that needs the demo data builds its own loader here.
 */
final class DemoLoaders {

	private DemoLoaders() {
	}

	static DemoDataLoader loader(ApplicationContext context) {
		Doetanks doetanks = context.getBean(Doetanks.class);
		MemberDirectory members = context.getBean(MemberDirectory.class);
		PostCatalog postCatalog = context.getBean(PostCatalog.class);
		Clock clock = context.getBean(Clock.class);
		ExpertiseVocabulary vocabulary = context.getBean(ExpertiseVocabulary.class);
		return new DemoDataLoader(context.getBean(MemberService.class), context.getBean(DoetankHistory.class),
				context.getBean(DoetankService.class), context.getBean(GateReviewService.class),
				context.getBean(RouteRecords.class),
				new DemoPosts(context.getBean(PostService.class), postCatalog, doetanks, members, clock),
				new DemoAgenda(context.getBean(EventService.class), context.getBean(RegistrationService.class),
						context.getBean(AgendaCatalog.class), doetanks, postCatalog, clock),
				new DemoToolkit(context.getBean(WerkvormUsages.class), context.getBean(WerkvormService.class),
						context.getBean(ToolkitCatalog.class), context.getBean(DoetankToolkit.class), doetanks, members,
						context.getBean(Partners.class)),
				new DemoTeams(context.getBean(TeamService.class), context.getBean(TeamGuests.class)),
				new DemoRevisions(context.getBean(DoetankEditService.class), vocabulary),
				new DemoProfiles(context.getBean(Profiles.class), vocabulary),
				new DemoMilestones(doetanks, context.getBean(MilestoneService.class), members, clock),
				new DemoDocuments(context.getBean(DoetankDocuments.class), doetanks),
				new DemoAdopters(doetanks, context.getBean(AdopterService.class), members),
				new DemoLiveDoetanks(context.getBean(DoetankHistory.class), clock),
				new DemoQuestions(context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)),
				new DemoFollows(context.getBean(nl.clubhuis.follow.Follows.class), doetanks));
	}

}
